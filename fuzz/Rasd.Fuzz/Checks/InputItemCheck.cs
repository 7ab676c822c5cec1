using System.Globalization;
using Rasd.Input;
using Rasd.Text;

namespace Rasd.Fuzz.Checks;

/// <summary>
/// Checks what the readers promise of each item they yield: an article or a problem, never both or
/// neither; a problem names where it happened and why, in one line without control characters (it
/// is printed to a terminal and quotes the input); an article's title, when the reader placed it
/// first, is where the metadata says, and its date is an ISO day.
/// </summary>
public static class InputItemCheck
{
    public static void Verify(InputItem item, string location)
    {
        if ((item.Article is null) == (item.Problem is null))
        {
            throw new InvariantViolation("an input item is neither an article nor a problem, or both");
        }
        if (item.Problem is { } problem)
        {
            VerifyProblem(problem.Location, problem.Reason, location);
        }
        else
        {
            VerifyArticle(item.Article!);
        }
    }

    public static void VerifyRefusal(InputRefusedException refusal, string location) => VerifyProblem(refusal.InputName, refusal.Reason, location);

    public static void VerifyArticle(ArticleInput article)
    {
        if (string.IsNullOrEmpty(article.File))
        {
            throw new InvariantViolation("an article has no name");
        }
        ArgumentNullException.ThrowIfNull(article.Text);
        var metadata = article.Metadata;
        if (metadata.TitleLength is { } length
            && (metadata.Title is null || metadata.Title.Length != length || !article.Text.StartsWith(metadata.Title, StringComparison.Ordinal)))
        {
            throw new InvariantViolation($"the metadata puts a title of {length} characters at the start of the text, but the text does not start with it");
        }
        if (metadata.Published is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new InvariantViolation($"the container's publication date {day} is not an ISO day");
        }
    }

    private static void VerifyProblem(string where, string reason, string location)
    {
        if (!where.StartsWith(location, StringComparison.Ordinal))
        {
            throw new InvariantViolation($"a problem is located at {where}, not in {location}");
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Any(char.IsControl) || where.Any(char.IsControl))
        {
            throw new InvariantViolation($"a problem is not one line fit to show a user: {NormalizedViewCheck.Escape(where)}: {NormalizedViewCheck.Escape(reason)}");
        }
    }
}
