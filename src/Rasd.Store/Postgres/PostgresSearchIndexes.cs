using System.Data.Common;
using Rasd.Store.Relational;

namespace Rasd.Store.Postgres;

/// <summary>
/// The search indexes a bulk load leaves out and builds once at its end, where building them whole
/// costs a fraction of keeping them up row by row: RUM (ranking), GIN (matching, counting, facets)
/// and the filter keys' date index. Each is created only where it is missing, so that a store opened
/// after a load that never ended gets them back.
/// </summary>
internal static class PostgresSearchIndexes
{
    /// <summary>Each index's name and its definition; <c>{rum}</c> is the schema RUM's operator classes live in.</summary>
    private static readonly (string Name, string Definition)[] Deferred =
    [
        ("search_vectors_rank", "ON search_vectors USING rum (tokens {rum}.rum_tsvector_ops)"),
        ("search_vectors_tokens", "ON search_vectors USING gin (tokens)"),
        ("search_keys_newest", "ON search_keys (key, published_start DESC NULLS LAST, article_id) INCLUDE (published_end)"),
    ];

    public static IEnumerable<string> Names => Deferred.Select(i => i.Name);

    public static void Drop(DbConnection connection) =>
        connection.Execute("DROP INDEX IF EXISTS " + string.Join(", ", Names));

    /// <summary>
    /// Creates the indexes that are missing; <paramref name="rumSchema"/> is quoted already. The
    /// catalogue is read first, in one query, because <c>CREATE INDEX IF NOT EXISTS</c> takes its lock
    /// on the table before it looks for the name, and every store that opens would wait for the
    /// writers' transactions.
    /// </summary>
    public static void CreateMissing(DbConnection connection, string rumSchema)
    {
        var p = new QueryParameters();
        var lookups = string.Join(", ", Deferred.Select(i => $"to_regclass({p.Add(i.Name)})"));
        var present = connection.Query($"SELECT relname FROM pg_class WHERE oid IN ({lookups})", p, r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, definition) in Deferred.Where(i => !present.Contains(i.Name)))
        {
            connection.Execute($"CREATE INDEX IF NOT EXISTS {name} {definition.Replace("{rum}", rumSchema, StringComparison.Ordinal)}");
        }
    }
}
