using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Rasd.Store.Ingest;
using Rasd.Store.Relational;
using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// The store in PostgreSQL (Npgsql). Bulk writes are one <c>INSERT … SELECT FROM unnest(arrays)</c>
/// per table and batch; the full-text index is a tsvector column with a GIN index over the same
/// pre-analyzed terms SQLite indexes.
/// </summary>
public sealed class PostgresArticleStore : SqlArticleStore
{
    /// <summary>Serializes schema migrations between processes opening the same database.</summary>
    private const long MigrationLockKey = 0x52617364_53746F72;
    private static readonly Column[] VectorColumns = [new("article_id", ColumnType.Text), new("tokens", ColumnType.TsVector)];

    private PostgresArticleStore(NpgsqlConnection connection)
        : base(connection)
    {
    }

    public override string Backend => "postgres";

    public static PostgresArticleStore Open(string connectionString)
    {
        var connection = new NpgsqlConnection(PostgresConnectionString.Normalize(connectionString));
        try
        {
            connection.Open();
            MigrationRunner.Apply(
                connection,
                PostgresMigrations.All,
                c => ((NpgsqlConnection)c).BeginTransaction(),
                transaction =>
                {
                    var p = new QueryParameters();
                    connection.Execute($"SELECT pg_advisory_xact_lock({p.Add(MigrationLockKey)})", p, transaction);
                });
            // Search queries are short and many; compiling them with JIT costs more than it saves.
            connection.Execute("SET jit = off");
            return new PostgresArticleStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void RefreshStatistics() => Connection.Execute("ANALYZE");

    /// <summary>
    /// A transaction-scoped advisory lock per schema serializes writers: without it, two ingests
    /// into one store read the same next sequence number and the second aborts on a key conflict.
    /// </summary>
    protected override DbTransaction BeginWrite()
    {
        var transaction = ((NpgsqlConnection)Connection).BeginTransaction();
        Connection.Execute("SELECT pg_advisory_xact_lock(hashtext('rasd-write:' || current_schema()))", null, transaction);
        return transaction;
    }

    protected override void Insert(TableRows rows, DbTransaction transaction)
    {
        using var command = (NpgsqlCommand)Connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction;
        command.CommandTimeout = 0;
        var columns = rows.Columns;
        var select = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            command.Parameters.Add(ArrayParameter($"c{i}", column.Type, rows.Rows.Select(r => r[i]).ToList()));
            select.Add(column.Type switch
            {
                ColumnType.Json => $"CAST(u.{column.Name} AS json)",
                ColumnType.TsVector => $"CAST(u.{column.Name} AS tsvector)",
                _ => $"u.{column.Name}",
            });
        }
        var names = string.Join(", ", columns.Select(c => c.Name));
        var arrays = string.Join(", ", columns.Select((_, i) => $"@c{i}"));
        command.CommandText = $"INSERT INTO {rows.Table} ({names}) SELECT {string.Join(", ", select)} FROM unnest({arrays}) AS u ({names}) {rows.ConflictClause}";
        command.ExecuteNonQuery();
    }

    private protected override void AddIndexRows(ArticleRows rows, PreparedArticle article, long sequence) =>
        rows.IndexRows("search_vectors", VectorColumns).Add(article.Id, TsText.Vector(article.Index.Tokens));

    protected override void DeleteIndexRows(string articleId, long sequence, DbTransaction transaction)
    {
        var p = new QueryParameters();
        Connection.Execute($"DELETE FROM search_vectors WHERE article_id = {p.Add(articleId)}", p, transaction);
    }

    protected override string MatchCondition(string placeholder) =>
        $"d.article_id IN (SELECT v.article_id FROM search_vectors v WHERE v.tokens @@ CAST({placeholder} AS tsquery))";

    protected override string MatchText(IReadOnlyList<TermGroup> groups, bool requireAll) => TsText.Query(groups, requireAll);

    protected override string Round(string expression, int digits) => $"CAST(ROUND(CAST({expression} AS numeric), {digits}) AS double precision)";

    protected override string JsonValue(string placeholder) => $"CAST({placeholder} AS json)";

    private static NpgsqlParameter ArrayParameter(string name, ColumnType type, List<object?> values) => type switch
    {
        ColumnType.Integer => new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = values.Select(v => v is null ? (int?)null : Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray() },
        ColumnType.BigInt => new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = values.Select(v => v is null ? (long?)null : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray() },
        ColumnType.Bytes => new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = values.Select(v => (byte[]?)v).ToArray() },
        ColumnType.Double => new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = values.Select(v => v is null ? (double?)null : Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray() },
        _ => new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.Select(v => (string?)v).ToArray() },
    };
}
