using System.Net;
using System.Text.RegularExpressions;

namespace Rasd.Input;

/// <summary>
/// Reads TREC-style corpus files (<c>&lt;DOC&gt;</c> records with <c>TITLE</c>, <c>TIME</c>,
/// <c>TEXT</c>, as in the ANT corpus): one article per <c>DOC</c>.
/// </summary>
internal static partial class TrecDocumentReader
{
    public static bool Accepts(string text) => text.TrimStart().StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ArticleInput> Read(string file, string text, string encoding)
    {
        var docs = DocPattern().Matches(text);
        var index = 0;
        foreach (Match doc in docs)
        {
            index++;
            var body = doc.Groups[1].Value;
            var number = Field(body, "DOCNO");
            var name = docs.Count == 1 ? file : $"{file}#{(string.IsNullOrEmpty(number) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : number)}";
            var content = Field(body, "TEXT") ?? Field(body, "ABSTRACT") ?? string.Empty;
            yield return ExtractedArticle.Create(name, "trec", encoding, Field(body, "TITLE"), content, DateMetadata.ToIsoDay(Field(body, "TIME")), Field(body, "AUTHOR"));
        }
    }

    private static string? Field(string doc, string tag)
    {
        var match = Regex.Match(doc, $"<{tag}>(.*?)</{tag}>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        if (!match.Success)
        {
            return null;
        }
        var value = WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex("<DOC>(.*?)</DOC>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocPattern();
}
