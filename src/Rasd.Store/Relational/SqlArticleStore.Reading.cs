using Rasd.Store.Abstractions;
using Rasd.Store.Search;

namespace Rasd.Store.Relational;

/// <summary>What a reader of one article or of one result list needs beyond the ranked page: the article itself and the facets of all matches.</summary>
public abstract partial class SqlArticleStore
{
    private const string SourceFacet = "s";
    private const string CountryFacet = "c";
    private const string PersonFacet = "p";
    private const string MonthFacet = "m";

    public SearchFacets Facets(SearchPlan plan, int values)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(values);
        var p = new QueryParameters();
        // A source counts an article once whether it is credited or publishes it, as the source: filter matches both.
        var sql = $"""
            WITH matching AS (SELECT d.article_id FROM search_docs d {Where(plan, p)})
            SELECT '{SourceFacet}', x.value, COUNT(*) FROM (
                SELECT s.source_id AS value, s.article_id FROM article_sources s JOIN matching m ON m.article_id = s.article_id
                UNION
                SELECT a.publisher, a.id FROM articles a JOIN matching m ON m.article_id = a.id WHERE a.publisher IS NOT NULL) x
            GROUP BY x.value
            UNION ALL
            SELECT CASE ae.entity_type WHEN 'country' THEN '{CountryFacet}' ELSE '{PersonFacet}' END, ae.entity_id, COUNT(*)
            FROM article_entities ae JOIN matching m ON m.article_id = ae.article_id
            WHERE ae.entity_type IN ('country', 'person')
            GROUP BY ae.entity_type, ae.entity_id
            UNION ALL
            SELECT '{MonthFacet}', SUBSTR(a.published, 1, 7), COUNT(*)
            FROM articles a JOIN matching m ON m.article_id = a.id
            WHERE LENGTH(a.published) >= 7
            GROUP BY SUBSTR(a.published, 1, 7)
            """;
        var tally = new FacetTally();
        foreach (var (facet, value, count) in Connection.Query(sql, p, r => (r.GetString(0), r.GetString(1), r.Long(2))))
        {
            var counts = facet switch
            {
                SourceFacet => tally.Sources,
                CountryFacet => tally.Countries,
                PersonFacet => tally.Persons,
                _ => tally.Months,
            };
            counts[value] = count;
        }
        return tally.Top(values, EntityNames);
    }

    public StoredArticle? Article(string id)
    {
        var p = new QueryParameters();
        var article = Connection.Query($"""
            SELECT id, seq, file, title, published, publisher, pipeline_version, duplicate_of, duplicate_similarity, text, record_json
            FROM articles WHERE id = {p.Add(id)}
            """, p, r => new StoredArticle(
                r.GetString(0), r.Long(1), r.GetString(2), r.Text(3), r.Text(4), r.Text(5), r.GetString(6), r.Text(7), r.Double(8), r.GetString(9), r.GetString(10), [])).FirstOrDefault();
        if (article is null)
        {
            return null;
        }
        var d = new QueryParameters();
        var self = d.Add(article.Id);
        var original = d.Add(article.DuplicateOf);
        // The original of a near-duplicate, and the near-duplicates of an original (or of the same original).
        var related = Connection.Query($"""
            SELECT id, title, published, duplicate_similarity, 0 FROM articles WHERE duplicate_of = {self}
            UNION ALL
            SELECT o.id, o.title, o.published, NULL, 1 FROM articles o WHERE o.id = {original}
            UNION ALL
            SELECT s.id, s.title, s.published, s.duplicate_similarity, 0 FROM articles s WHERE s.duplicate_of = {original} AND s.id <> {self}
            ORDER BY 5 DESC, 1
            """, d, r => new NearDuplicate(r.GetString(0), r.Text(1), r.Text(2), r.Double(3), r.Long(4) == 1));
        return article with { NearDuplicates = related };
    }

    /// <summary>The stored names of entity ids (sources are not entities and stay unnamed).</summary>
    private IReadOnlyDictionary<string, string> EntityNames(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
        var p = new QueryParameters();
        return Connection.Query($"SELECT id, name FROM entities WHERE id IN ({p.AddList(ids)})", p, r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
    }
}
