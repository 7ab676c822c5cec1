using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Store.Relational;
using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// The store in PostgreSQL (Npgsql). Bulk writes are one <c>INSERT … SELECT FROM unnest(arrays)</c>
/// per table and batch. Search is PostgreSQL's own: a tsvector per article over the same terms Lucene
/// indexes (plus filter keys), a RUM index that ranks inside the index (<c>ORDER BY tokens &lt;=&gt;
/// query LIMIT k</c>), and a GIN index, which the planner prefers for counting and filtering. Queries
/// of filters alone read the filter keys' rows (<c>search_keys</c>) in date order instead.
/// </summary>
public sealed class PostgresArticleStore : SqlArticleStore
{
    /// <summary>Serializes schema migrations between processes opening the same database.</summary>
    private const long MigrationLockKey = 0x52617364_53746F72;

    /// <summary>
    /// Matches counted exactly; beyond, the total is a lower bound. Counting reads every matching row
    /// (about a microsecond each here), which the ranked top-k does not need to.
    /// </summary>
    public const int MaxCounted = SearchOptions.MaxWindow;

    private static readonly Column[] VectorColumns =
    [
        new("article_id", ColumnType.Text), new("published_start", ColumnType.Text), new("published_end", ColumnType.Text),
        new("facets", ColumnType.TextList), new("tokens", ColumnType.TsVector),
    ];

    private static readonly Column[] KeyColumns =
    [
        new("article_id", ColumnType.Text), new("key", ColumnType.Text), new("published_start", ColumnType.Text), new("published_end", ColumnType.Text),
    ];

    /// <summary>The schema the RUM extension was created in, quoted.</summary>
    private readonly string _rumSchema;

    /// <summary>RUM's distance operator, qualified by that schema.</summary>
    private readonly string _distance;

    private PostgresArticleStore(NpgsqlConnection connection, string rumSchema)
        : base(connection)
    {
        _rumSchema = rumSchema;
        _distance = $"OPERATOR({rumSchema}.<=>)";
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
            var schema = connection.Query(
                "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'rum'",
                null, r => r.GetString(0)).Single();
            PostgresSearchIndexes.CreateMissing(connection, schema);
            return new PostgresArticleStore(connection, schema);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Statistics for the planner, and the visibility map set on the pages just written: counting
    /// matches through GIN then skips the heap pages that are all visible instead of reading each one
    /// (autovacuum would get there, but only some time after a bulk load).
    /// </summary>
    public override void RefreshStatistics() => Connection.Execute("VACUUM (ANALYZE)");

    /// <summary>Drops the search indexes for the load: writing a row then costs its heap tuples and the fact tables' B-trees.</summary>
    public override void BeginBulkLoad() => PostgresSearchIndexes.Drop(Connection);

    public override void EndBulkLoad()
    {
        PostgresSearchIndexes.CreateMissing(Connection, _rumSchema);
        base.EndBulkLoad();
    }

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
                ColumnType.TextList => $"string_to_array(u.{column.Name}, chr({(int)TextList.Separator}))",
                _ => $"u.{column.Name}",
            });
        }
        var names = string.Join(", ", columns.Select(c => c.Name));
        var arrays = string.Join(", ", columns.Select((_, i) => $"@c{i}"));
        command.CommandText = $"INSERT INTO {rows.Table} ({names}) SELECT {string.Join(", ", select)} FROM unnest({arrays}) AS u ({names}) {rows.ConflictClause}";
        command.ExecuteNonQuery();
    }

    private protected override void AddIndexRows(ArticleRows rows, PreparedArticle article, long sequence)
    {
        var document = article.Index;
        var keys = document.SourceIds.Select(TsText.SourceKey).Concat(document.Pairs.Select(TsText.PairKey)).ToList();
        rows.IndexRows("search_vectors", VectorColumns).Add(
            document.Id, document.PublishedStart, document.PublishedEnd, TextList.Join(PostgresFacets.Values(document)), TsText.Vector(document.Terms, keys));
        var keyRows = rows.IndexRows("search_keys", KeyColumns);
        foreach (var key in document.EntityIds.Select(EntityTerm.For).Concat(keys).Distinct(StringComparer.Ordinal))
        {
            keyRows.Add(document.Id, key, document.PublishedStart, document.PublishedEnd);
        }
    }

    protected override void DeleteIndexRows(string articleId, long sequence, DbTransaction transaction)
    {
        var p = new QueryParameters();
        Connection.Execute($"DELETE FROM search_vectors WHERE article_id = {p.Add(articleId)}", p, transaction);
        Connection.Execute($"DELETE FROM search_keys WHERE article_id = {p.Add(articleId)}", p, transaction);
    }

    /// <summary>
    /// Ranks, counts and facets in one read-only transaction that keeps the planner off sequential
    /// scans of the search rows: it prices <c>@@</c> on a TOASTed tsvector as almost free and would
    /// otherwise read and decompress every row to find a third of them.
    /// </summary>
    protected override IndexHits FindMatches(SearchPlan plan, SearchOptions options)
    {
        var query = PostgresSearchQuery.From(plan);
        using var transaction = ((NpgsqlConnection)Connection).BeginTransaction();
        Connection.Execute($"SET LOCAL enable_seqscan = off; SET LOCAL enable_incremental_sort = off; SET LOCAL work_mem = '{SearchWorkMemory}'", null, transaction);
        var hits = query.Rank is null ? Newest(query, plan.Dates, options, transaction) : Ranked(query, plan.Dates, options, transaction);
        var counted = Count(query, plan.Dates, transaction);
        var facets = options.Facets ? Facets(query, plan.Dates, transaction) : null;
        transaction.Commit();
        return new IndexHits(Math.Min(counted, MaxCounted), counted <= MaxCounted, hits, facets);
    }

    /// <summary>
    /// The page in RUM's order, read from the RUM index (<c>ORDER BY tokens &lt;=&gt; query</c>), its
    /// equal distances then put in id order. Only the ordering by distance alone can come from the
    /// index, so the rows of the page's last distance must all be read before the ids can order them:
    /// the window read starts one row beyond the page and is widened while its last row still ties
    /// the page's last. (An incremental sort in the server gave pages that disagreed with the first
    /// page's order, so it is turned off in the search transaction.)
    /// </summary>
    private List<IndexHit> Ranked(PostgresSearchQuery query, DateRange? dates, SearchOptions options, DbTransaction transaction)
    {
        var pageEnd = options.Offset + options.Limit;
        for (var window = pageEnd + FirstTieMargin; ; window = checked(window * 4))
        {
            var p = new QueryParameters();
            var distance = $"v.tokens {_distance} CAST({p.Add(query.Rank)} AS tsquery)";
            var sql = $"""
                SELECT v.article_id, {distance} AS distance FROM search_vectors v {Where(query, dates, p, RankIndex)}
                ORDER BY {distance} LIMIT {p.Add(window)}
                """;
            var rows = Connection.Query(sql, p, r => (Id: r.GetString(0), Distance: r.Double(1) ?? double.PositiveInfinity), transaction);
            if (rows.Count == window && rows.Count > pageEnd && rows[^1].Distance.Equals(rows[pageEnd - 1].Distance) && window < pageEnd + MaxCounted)
            {
                continue;
            }
            return [.. rows
                .OrderBy(r => r.Distance)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Skip(options.Offset)
                .Take(options.Limit)
                .Select(r => new IndexHit(r.Id, r.Distance > 0 && double.IsFinite(r.Distance) ? 1 / r.Distance : 0))];
        }
    }

    /// <summary>
    /// Rows read beyond the page at first: enough that a tie across the page's end is rare, since
    /// every widening ranks all the matches again inside RUM (about half a microsecond each), while a
    /// row more costs its distance, computed from its tsvector (about 20 µs).
    /// </summary>
    private const int FirstTieMargin = 64;

    /// <summary>
    /// Memory for a search's bitmaps: below it, GIN's bitmap of a common word's matches turns lossy,
    /// and every row of a lossy page is checked again by decompressing its tsvector (1.5 s instead of
    /// 0.3 s for a word in 337,000 of a million articles).
    /// </summary>
    private const string SearchWorkMemory = "64MB";

    /// <summary>
    /// Filters alone: newest first, then by id. With a filter that requires a key, the page is read in
    /// that order from the keys' date index (<c>search_keys_newest</c>), each further condition checked
    /// row by row, so a page costs its own rows (and those the conditions turn down) however many
    /// articles carry the key: the search rows' date index would be walked until the page fills (long
    /// for a rare key), and GIN would give every match to be sorted (long for a common one).
    /// </summary>
    private List<IndexHit> Newest(PostgresSearchQuery query, DateRange? dates, SearchOptions options, DbTransaction transaction)
    {
        var p = new QueryParameters();
        var sql = query.ListsByKey
            ? $"""
                SELECT k.article_id {KeyMatches(query, dates, p)}
                ORDER BY k.published_start DESC NULLS LAST, k.article_id
                LIMIT {p.Add(options.Limit)} OFFSET {p.Add(options.Offset)}
                """
            : $"""
                SELECT v.article_id FROM search_vectors v {Where(query, dates, p, MatchIndex)}
                ORDER BY v.published_start DESC NULLS LAST, v.article_id
                LIMIT {p.Add(options.Limit)} OFFSET {p.Add(options.Offset)}
                """;
        return Connection.Query(sql, p, r => new IndexHit(r.GetString(0), 0), transaction);
    }

    /// <summary>
    /// <c>FROM … WHERE …</c> over the key rows of a query without words to rank: the first required key's
    /// rows, joined to the rows of the other required keys, without the excluded keys, within the dates,
    /// and, where words are excluded, only articles whose search row has none of them.
    /// </summary>
    private static string KeyMatches(PostgresSearchQuery query, DateRange? dates, QueryParameters p)
    {
        var from = new List<string> { "FROM search_keys k" };
        var conditions = new List<string> { $"k.key = {p.Add(query.Keys[0])}" };
        for (var i = 1; i < query.Keys.Count; i++)
        {
            from.Add($"JOIN search_keys k{i} ON k{i}.article_id = k.article_id AND k{i}.key = {p.Add(query.Keys[i])}");
        }
        foreach (var key in query.ExcludedKeys)
        {
            conditions.Add($"NOT EXISTS (SELECT 1 FROM search_keys x WHERE x.article_id = k.article_id AND x.key = {p.Add(key)})");
        }
        if (dates is not null)
        {
            conditions.Add($"k.published_start <= {p.Add(dates.To)} AND k.published_end >= {p.Add(dates.From)}");
        }
        if (query.ExcludedWords is not null)
        {
            conditions.Add($"NOT EXISTS (SELECT 1 FROM search_vectors v WHERE v.article_id = k.article_id AND v.tokens {MatchIndex} CAST({p.Add(query.ExcludedWords)} AS tsquery))");
        }
        return string.Join(' ', from) + " WHERE " + string.Join(" AND ", conditions);
    }

    public override SearchIndexInfo SearchIndex()
    {
        var parts = Connection.Query("""
            SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c
            WHERE c.oid IN (to_regclass('search_vectors_rank'), to_regclass('search_vectors_tokens'), to_regclass('search_vectors'),
                            to_regclass('search_keys'), to_regclass('search_keys_pkey'), to_regclass('search_keys_newest'))
            ORDER BY c.relname
            """, null, r => new SearchIndexPart(r.GetString(0), r.Long(1)));
        var toast = Connection.ScalarLong("SELECT COALESCE(pg_relation_size(reltoastrelid), 0) FROM pg_class WHERE oid = to_regclass('search_vectors')");
        return new SearchIndexInfo("PostgreSQL RUM + GIN", Connection.ScalarLong("SELECT COUNT(*) FROM search_vectors"), [.. parts, new SearchIndexPart("search_vectors (TOAST)", toast)]);
    }

    /// <summary>Builds the RUM, GIN and key-date indexes again from the stored rows.</summary>
    public override void RebuildSearchIndex()
    {
        foreach (var index in PostgresSearchIndexes.Names)
        {
            Connection.Execute($"REINDEX INDEX {index}");
        }
        Connection.Execute("VACUUM (ANALYZE) search_vectors");
        Connection.Execute("VACUUM (ANALYZE) search_keys");
    }

    /// <summary>The number of matches, counted up to <see cref="MaxCounted"/> + 1 (a lower bound beyond).</summary>
    private long Count(PostgresSearchQuery query, DateRange? dates, DbTransaction transaction)
    {
        var p = new QueryParameters();
        var matches = query.ListsByKey
            ? $"SELECT 1 {KeyMatches(query, dates, p)}"
            : $"SELECT 1 FROM search_vectors v {Where(query, dates, p, MatchIndex)}";
        return Connection.ScalarLong($"SELECT COUNT(*) FROM ({matches} LIMIT {p.Add(MaxCounted + 1)}) matches", p, transaction);
    }

    private FacetTally Facets(PostgresSearchQuery query, DateRange? dates, DbTransaction transaction)
    {
        var p = new QueryParameters();
        var tally = new FacetTally();
        var rows = Connection.Query(
            $"SELECT f.value, COUNT(*) FROM search_vectors v CROSS JOIN LATERAL unnest(v.facets) AS f (value) {Where(query, dates, p, MatchIndex)} GROUP BY f.value",
            p, r => (r.GetString(0), r.Long(1)), transaction);
        foreach (var (value, count) in rows)
        {
            PostgresFacets.Add(tally, value, count);
        }
        return tally;
    }

    /// <summary>
    /// <c>@@</c>, which the RUM index serves (and ranks with), or <c>@@@</c>, its synonym that only the
    /// GIN index serves: GIN finds matches without reading the rows again (RUM's bitmaps make
    /// PostgreSQL recheck every row, decompressing its tsvector), so counts, facets and filters use it.
    /// </summary>
    private const string RankIndex = "@@";

    private const string MatchIndex = "@@@";

    private static string Where(PostgresSearchQuery query, DateRange? dates, QueryParameters p, string match)
    {
        var conditions = new List<string>();
        if (query.Match is not null)
        {
            conditions.Add($"v.tokens {match} CAST({p.Add(query.Match)} AS tsquery)");
        }
        if (dates is not null)
        {
            conditions.Add($"v.published_start <= {p.Add(dates.To)} AND v.published_end >= {p.Add(dates.From)}");
        }
        return conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
    }

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
