namespace Rasd.Input;

/// <summary>
/// What reading yields, one at a time: an article, or the reason a file or one record of it could
/// not be read. A problem is a value the caller reports and moves past, so one bad record never
/// stops the records after it.
/// </summary>
public sealed record InputItem
{
    private InputItem(ArticleInput? article, InputProblem? problem) => (Article, Problem) = (article, problem);

    public ArticleInput? Article { get; }

    public InputProblem? Problem { get; }

    public static InputItem Of(ArticleInput article) => new(article, null);

    public static InputItem Refused(string location, string reason) => new(null, new InputProblem(location, reason));
}

/// <summary>
/// Where reading failed (a path, or <c>FILE:LINE</c> for one record of a container) and why, in one
/// line fit to show a user. Both often quote the input (a file name, the bad token of a JSON line),
/// so control characters are shown as escapes: a quoted carriage return or terminal escape
/// sequence must not break the line or act on the user's terminal.
/// </summary>
public sealed record InputProblem(string Location, string Reason)
{
    public string Location { get; } = OneLine(Location);

    public string Reason { get; } = OneLine(Reason);

    public string Message => $"{Location}: {Reason}";

    public override string ToString() => Message;

    private static string OneLine(string value)
    {
        if (!value.Any(char.IsControl))
        {
            return value;
        }
        var line = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }
        return line.ToString();
    }
}
