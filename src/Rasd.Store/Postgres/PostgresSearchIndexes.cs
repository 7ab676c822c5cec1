using System.Data.Common;
using Rasd.Store.Relational;

namespace Rasd.Store.Postgres;

/// <summary>
/// The search indexes a bulk load leaves out and builds once at its end, where building them whole
/// costs a fraction of keeping them up row by row: RUM (ranking), GIN (matching, counting, facets)
/// and the filter keys' date index. Each is created only where it is missing, so that a store opened
/// after a load that never ended gets them back, and one that has them pays a catalogue look-up.
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

    public static void Drop(DbConnection connection) =>
        connection.Execute("DROP INDEX IF EXISTS " + string.Join(", ", Deferred.Select(i => i.Name)));

    /// <summary>Creates the indexes that are missing; <paramref name="rumSchema"/> is quoted already.</summary>
    public static void CreateMissing(DbConnection connection, string rumSchema)
    {
        foreach (var (name, definition) in Deferred)
        {
            var p = new QueryParameters();
            var exists = connection.ScalarLong($"SELECT COUNT(*) FROM pg_class WHERE oid = to_regclass({p.Add(name)})", p) > 0;
            if (!exists)
            {
                connection.Execute($"CREATE INDEX IF NOT EXISTS {name} {definition.Replace("{rum}", rumSchema, StringComparison.Ordinal)}");
            }
        }
    }
}
