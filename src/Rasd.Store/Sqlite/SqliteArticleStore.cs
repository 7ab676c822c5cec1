using System.Data.Common;
using Microsoft.Data.Sqlite;
using Rasd.Store.Ingest;
using Rasd.Store.Relational;
using Rasd.Store.Search;

namespace Rasd.Store.Sqlite;

/// <summary>
/// The store in one SQLite file (Microsoft.Data.Sqlite). Write-ahead logging lets readers work
/// while the writer commits, and a killed process loses at most its open transaction.
/// </summary>
public sealed class SqliteArticleStore : SqlArticleStore
{
    private static readonly Column[] FtsColumns = [new("rowid", ColumnType.BigInt), new("tokens", ColumnType.Text)];

    private SqliteArticleStore(SqliteConnection connection)
        : base(connection)
    {
    }

    public override string Backend => "sqlite";

    public static SqliteArticleStore Open(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{path}: the folder {directory} does not exist");
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // WAL: readers never block the writer; NORMAL sync is durable against a killed process
            // (only a power loss may drop the last commits). A large page cache speeds bulk writes.
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;");
            MigrationRunner.Apply(connection, SqliteMigrations.All, c => ((SqliteConnection)c).BeginTransaction(deferred: false));
            return new SqliteArticleStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void RefreshStatistics() => Connection.Execute("PRAGMA optimize");

    /// <summary>BEGIN IMMEDIATE takes the file's write lock at once; a second writer waits for it (busy timeout) rather than failing.</summary>
    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    protected override IReadOnlyList<string> BackendIntegrityProblems() =>
        Connection.Query("PRAGMA integrity_check", null, r => r.GetString(0)).Where(line => line != "ok").Select(line => $"sqlite integrity_check: {line}").ToList();

    protected override void Insert(TableRows rows, DbTransaction transaction)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        var names = rows.Columns.Select((_, i) => $"@c{i}").ToList();
        command.CommandText = $"INSERT INTO {rows.Table} ({string.Join(", ", rows.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", names)}) {rows.ConflictClause}";
        var parameters = names.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
        foreach (var row in rows.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The FTS5 row of an article is keyed by its ingest sequence, so that it can be deleted without a scan.</summary>
    private protected override void AddIndexRows(ArticleRows rows, PreparedArticle article, long sequence) =>
        rows.IndexRows("search_fts", FtsColumns).Add(sequence, string.Join(' ', article.Index.Tokens));

    protected override void DeleteIndexRows(string articleId, long sequence, DbTransaction transaction)
    {
        var p = new QueryParameters();
        Connection.Execute($"DELETE FROM search_fts WHERE rowid = {p.Add(sequence)}", p, transaction);
    }

    protected override string MatchCondition(string placeholder) =>
        $"d.seq IN (SELECT rowid FROM search_fts WHERE search_fts MATCH {placeholder})";

    protected override string MatchText(IReadOnlyList<TermGroup> groups, bool requireAll) => FtsQueryText.From(groups, requireAll);

    protected override string Round(string expression, int digits) => $"ROUND({expression}, {digits})";
}
