using Rasd.Records;
using Rasd.Store.Ingest;

namespace Rasd.Store.Search;

/// <summary>
/// What a search engine indexes for one original article, the same for every backend: its terms in
/// text order (the first <see cref="SearchAnalyzer.MaxIndexedTokens"/>), then one entity term per
/// mention, which rank and match words and phrases; and the keys the filters and facets read: the
/// entities named, the sources credited (and the publisher), the country pairs related and the
/// publication day range.
/// </summary>
public sealed record SearchDocument(
    string Id,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> Pairs,
    string? PublishedStart,
    string? PublishedEnd)
{
    public const string PersonPrefix = "person:";

    public const string CountryPrefix = "country:";

    /// <summary>The month an article is dated to (<c>YYYY-MM</c>), when its date is a day or a month; null for a year or no date.</summary>
    public string? Month => PublishedStart is { Length: >= 7 } start && PublishedEnd is { Length: >= 7 } end && string.CompareOrdinal(start, 0, end, 0, 7) == 0
        ? start[..7]
        : null;

    public static SearchDocument From(AnalysisRecord record)
    {
        var terms = SearchAnalyzer.Analyze(record.Text, SearchAnalyzer.MaxIndexedTokens).Select(t => t.Term).ToList();
        foreach (var entity in record.Entities)
        {
            var term = EntityTerm.For(entity.Id);
            for (var i = 0; i < Math.Max(1, entity.Mentions.Count); i++)
            {
                terms.Add(term);
            }
        }
        var sources = record.Sources.Select(s => s.Id);
        if (record.Publisher is not null)
        {
            sources = sources.Append(record.Publisher);
        }
        var (start, end) = ArticleFacts.DayRange(record.Published);
        return new SearchDocument(
            record.Id,
            terms,
            Distinct(record.Entities.Select(e => e.Id)),
            Distinct(sources),
            Distinct(record.Relations.Select(r => PairKey(r.A, r.B))),
            start,
            end);
    }

    /// <summary>The key of an unordered country pair: both ids in ordinal order, one space apart.</summary>
    public static string PairKey(string countryA, string countryB) =>
        string.CompareOrdinal(countryA, countryB) <= 0 ? $"{countryA} {countryB}" : $"{countryB} {countryA}";

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
