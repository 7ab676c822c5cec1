using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// The facet values of an article as PostgreSQL keeps them: one text array in its search row, each
/// value prefixed by its dimension (<c>s:</c> source, <c>c:</c> country, <c>p:</c> person,
/// <c>m:</c> month), so that a facet count reads only the matching search rows and groups their values.
/// </summary>
internal static class PostgresFacets
{
    private const string Source = "s:";
    private const string Country = "c:";
    private const string Person = "p:";
    private const string Month = "m:";

    public static IEnumerable<string> Values(SearchDocument article)
    {
        foreach (var source in article.SourceIds)
        {
            yield return Source + source;
        }
        foreach (var entity in article.EntityIds)
        {
            if (entity.StartsWith(SearchDocument.CountryPrefix, StringComparison.Ordinal))
            {
                yield return Country + entity;
            }
            else if (entity.StartsWith(SearchDocument.PersonPrefix, StringComparison.Ordinal))
            {
                yield return Person + entity;
            }
        }
        if (article.Month is { } month)
        {
            yield return Month + month;
        }
    }

    /// <summary>Adds a counted prefixed value to its dimension of the tally.</summary>
    public static void Add(FacetTally tally, string value, long count)
    {
        var counts = value[..2] switch
        {
            Source => tally.Sources,
            Country => tally.Countries,
            Person => tally.Persons,
            Month => tally.Months,
            _ => null,
        };
        if (counts is not null)
        {
            counts[value[2..]] = count;
        }
    }
}
