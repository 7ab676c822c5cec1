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

/// <summary>Where reading failed (a path, or <c>FILE:LINE</c> for one record of a container) and why, in one line fit to show a user.</summary>
public sealed record InputProblem(string Location, string Reason)
{
    public string Message => $"{Location}: {Reason}";

    public override string ToString() => Message;
}
