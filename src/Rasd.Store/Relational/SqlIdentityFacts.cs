using System.Data.Common;
using Rasd.Store.Identity;

namespace Rasd.Store.Relational;

/// <summary>
/// The evidence of the stored articles before a sequence number, read in the writer's transaction.
/// In an ingest batch (<c>batchStart</c> set), counts are read once as of the batch's first article
/// and counted on in memory as the batch's articles are decided, which gives the same numbers as
/// reading them at each article.
/// <para>
/// Every query starts from the entity's own articles and fans out from there, so its cost is the
/// size of that entity and never of the others named beside it. A store that is ingested for the
/// first time has no planner statistics, and then SQLite would start a join from whichever side it
/// guesses; starting from a country named in every tenth article made each decision cost as much as
/// the store was large.
/// </para>
/// </summary>
/// <param name="carried">How many articles before <c>batchStart</c> named each entity, carried from the batch before (see <see cref="NamingAfterBatch"/>).</param>
internal sealed class SqlIdentityFacts(DbConnection connection, DbTransaction transaction, long? batchStart, IReadOnlyDictionary<string, long>? carried = null) : IIdentityFacts
{
    /// <summary>Entities whose counts are carried at most: enough for every entity a long ingest asks about again and again.</summary>
    private const int MaxCarried = 200_000;

    private readonly Dictionary<string, long> _namingBeforeBatch = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _articles = [];
    private readonly List<(long Sequence, HashSet<string> Entities)> _counted = [];
    private long? _articlesBeforeBatch;

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

    /// <summary>
    /// Reads every entity named in the entity's earlier articles and keeps those asked about: the
    /// articles are gathered first (materialized), so the join cannot be driven from the others'
    /// articles instead, however the planner weighs them.
    /// </summary>
    public IReadOnlyList<string> CoMentioned(string canonicalId, IReadOnlyCollection<string> others, long sequence)
    {
        if (others.Count == 0)
        {
            return [];
        }
        var asked = others as IReadOnlySet<string> ?? others.ToHashSet(StringComparer.Ordinal);
        var p = new QueryParameters();
        var named = connection.Query($"""
            WITH named AS MATERIALIZED (
                SELECT DISTINCT self.article_id FROM entity_aliases ga
                JOIN article_entities self ON self.entity_id = ga.entity_id
                JOIN articles art ON art.id = self.article_id
                WHERE ga.canonical_id = {p.Add(canonicalId)} AND art.seq < {p.Add(sequence)})
            SELECT DISTINCT oa.canonical_id FROM named
            JOIN article_entities other ON other.article_id = named.article_id
            JOIN entity_aliases oa ON oa.entity_id = other.entity_id
            """, p, r => r.GetString(0), transaction);
        return named.Where(id => id != canonicalId && asked.Contains(id)).Order(StringComparer.Ordinal).ToList();
    }

    public long Articles(long sequence)
    {
        if (batchStart is { } start && sequence >= start)
        {
            _articlesBeforeBatch ??= OriginalsBefore(start);
            return _articlesBeforeBatch.Value + _counted.Count(c => c.Sequence < sequence);
        }
        if (!_articles.TryGetValue(sequence, out var count))
        {
            _articles[sequence] = count = OriginalsBefore(sequence);
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
            _namingBeforeBatch[canonicalId] = before = carried is not null && carried.TryGetValue(canonicalId, out var known) ? known : Naming(canonicalId, start);
        }
        return before + _counted.Count(c => c.Sequence < sequence && c.Entities.Contains(canonicalId));
    }

    /// <summary>
    /// How many articles before the batch's end name each entity counted before its start (those
    /// carried in and those asked about): the count before the batch and the batch's own articles.
    /// </summary>
    public Dictionary<string, long> NamingAfterBatch()
    {
        var inBatch = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (_, entities) in _counted)
        {
            foreach (var entity in entities)
            {
                inBatch[entity] = inBatch.GetValueOrDefault(entity) + 1;
            }
        }
        var after = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (entity, before) in (carried ?? Enumerable.Empty<KeyValuePair<string, long>>()).Concat(_namingBeforeBatch))
        {
            if (after.Count >= MaxCarried && !after.ContainsKey(entity))
            {
                continue;
            }
            after[entity] = before + inBatch.GetValueOrDefault(entity);
        }
        return after;
    }

    /// <summary>Records the entities an article of the batch counts, once all its ids are decided; every original of the batch is recorded, in order.</summary>
    public void Counted(long sequence, HashSet<string> entities) => _counted.Add((sequence, entities));

    private long OriginalsBefore(long sequence)
    {
        var p = new QueryParameters();
        return connection.ScalarLong($"SELECT COUNT(*) FROM articles WHERE seq < {p.Add(sequence)} AND duplicate_of IS NULL", p, transaction);
    }

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
