using System.Text.RegularExpressions;

namespace Rasd.Web.Api;

/// <summary>
/// The bounds of every value a client sends. Each check returns null when the value is acceptable,
/// or the problem to answer with; handlers check before touching the store.
/// </summary>
internal static partial class QueryBounds
{
    public const int DefaultPageSize = 20;

    /// <summary>The largest page any list returns.</summary>
    public const int MaxPageSize = 100;

    /// <summary>How deep paging may go (a result list is narrowed, not read to page 500).</summary>
    public const int MaxOffset = 10_000;

    /// <summary>The longest query, filter or entity id accepted.</summary>
    public const int MaxTextLength = 500;

    public const int MaxIdLength = 200;

    public static readonly string[] EntityTypes = ["person", "country", "city", "org", "agency", "location"];

    public static IResult? Page(int? limit, int? offset, out int pageSize, out int skip)
    {
        pageSize = limit ?? DefaultPageSize;
        skip = offset ?? 0;
        if (pageSize is < 1 or > MaxPageSize)
        {
            return Problems.BadParameter("limit", $"must be between 1 and {MaxPageSize}");
        }
        if (skip is < 0 or > MaxOffset)
        {
            return Problems.BadParameter("offset", $"must be between 0 and {MaxOffset}");
        }
        return null;
    }

    public static IResult? Limit(int? limit, int defaultValue, out int value)
    {
        value = limit ?? defaultValue;
        return value is < 1 or > MaxPageSize ? Problems.BadParameter("limit", $"must be between 1 and {MaxPageSize}") : null;
    }

    public static IResult? Text(string parameter, string? value) =>
        value is { Length: > MaxTextLength } ? Problems.BadParameter(parameter, $"at most {MaxTextLength} characters")
        : value is not null && value.Any(char.IsControl) ? Problems.BadParameter(parameter, "control characters are not allowed")
        : null;

    /// <summary>An optional entity id: a type, a colon and a name without spaces, slashes or markup.</summary>
    public static IResult? EntityId(string parameter, string? value) =>
        value is null || IsEntityId(value) ? null : Problems.BadParameter(parameter, "not an entity id (as in person:sadyr-japarov or country:KZ)");

    public static bool IsEntityId(string value) => value.Length <= MaxIdLength && EntityIdPattern().IsMatch(value);

    /// <summary>An article id is the SHA-256 of its text in lowercase hexadecimal.</summary>
    public static bool IsArticleId(string value) => ArticleIdPattern().IsMatch(value);

    [GeneratedRegex(@"^[a-z]+:[\p{L}\p{M}\p{N}._\-]+(:[\p{L}\p{M}\p{N}._\-]+)*$")]
    private static partial Regex EntityIdPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ArticleIdPattern();
}
