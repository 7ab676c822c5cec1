using System.Data.Common;
using Rasd.Store.Identity;

namespace Rasd.Store.Relational;

/// <summary>
/// The evidence of the stored articles before a sequence number, read in the writer's transaction.
/// In an ingest batch (<c>batchStart</c> set), how many articles named an entity is read once as of
/// the batch's first article and counted on in memory as the batch's articles are decided, which
/// gives the same numbers as reading them at each article.
/// </summary>
internal sealed class SqlIdentityFacts(DbConnection connection, DbTransaction transaction, long? batchStart) : IIdentityFacts
{
    private readonly Dictionary<string, long> _namingBeforeBatch = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _articles = [];
    private readonly List<(long Sequence, HashSet<string> Entities)> _counted = [];

    public IReadOnlySet<string> Roles(string canonicalId, long sequence)
    {
        var p = new QueryParameters();
        return connection.Query($"""
            SELECT DISTINCT r.role FROM entity_roles r
            JOIN entity_aliases a ON a.entity_id = r.entity_id
            JOIN articles art ON art.id = r.article_id
            WHERE a.canonical_id = {p.Add(canonicalId)} AND art.seq < {p.Add(sequence)}
            """, p, r => Rasd.Text.ArabicNormalizer.Fold(r.GetString(0)), transaction).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> CoMentioned(string canonicalId, IReadOnlyCollection<string> others, long sequence)
    {
        var p = new QueryParameters();
        var group = p.Add(canonicalId);
        return connection.Query($"""
            SELECT DISTINCT oa.canonical_id
            FROM entity_aliases ga
            JOIN article_entities self ON self.entity_id = ga.entity_id
            JOIN articles art ON art.id = self.article_id
            JOIN article_entities other ON other.article_id = self.article_id
            JOIN entity_aliases oa ON oa.entity_id = other.entity_id
            WHERE ga.canonical_id = {group} AND art.seq < {p.Add(sequence)}
              AND oa.canonical_id IN ({p.AddList(others)}) AND oa.canonical_id <> {group}
            ORDER BY oa.canonical_id
            """, p, r => r.GetString(0), transaction);
    }

    public long Articles(long sequence)
    {
        if (!_articles.TryGetValue(sequence, out var count))
        {
            var p = new QueryParameters();
            _articles[sequence] = count = connection.ScalarLong($"SELECT COUNT(*) FROM articles WHERE seq < {p.Add(sequence)} AND duplicate_of IS NULL", p, transaction);
        }
        return count;
    }

    public long ArticlesNaming(string canonicalId, long sequence)
    {
        if (batchStart is not { } start || sequence < start)
        {
            return Naming(canonicalId, sequence);
        }
        if (!_namingBeforeBatch.TryGetValue(canonicalId, out var before))
        {
            _namingBeforeBatch[canonicalId] = before = Naming(canonicalId, start);
        }
        return before + _counted.Count(c => c.Sequence < sequence && c.Entities.Contains(canonicalId));
    }

    /// <summary>Records the entities an article of the batch counts, once all its ids are decided.</summary>
    public void Counted(long sequence, HashSet<string> entities) => _counted.Add((sequence, entities));

    private long Naming(string canonicalId, long sequence)
    {
        var p = new QueryParameters();
        return connection.ScalarLong($"""
            SELECT COUNT(DISTINCT ae.article_id) FROM article_entities ae
            JOIN entity_aliases a ON a.entity_id = ae.entity_id
            JOIN articles art ON art.id = ae.article_id
            WHERE a.canonical_id = {p.Add(canonicalId)} AND art.seq < {p.Add(sequence)}
            """, p, transaction);
    }
}
