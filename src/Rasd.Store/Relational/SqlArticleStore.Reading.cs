using Rasd.Store.Abstractions;
using Rasd.Store.Search;

namespace Rasd.Store.Relational;

/// <summary>What a reader of one article needs beyond the ranked page: the article itself, as stored.</summary>
public abstract partial class SqlArticleStore
{
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
