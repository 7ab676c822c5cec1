using System.Data.Common;
using Microsoft.Data.Sqlite;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Store.Relational;
using Rasd.Store.Search;
using Rasd.Store.Search.Lucene;

namespace Rasd.Store.Sqlite;

/// <summary>
/// The store in one SQLite file (Microsoft.Data.Sqlite), searched by a Lucene.Net index in the folder
/// <see cref="SearchIndexFolder"/> beside it. Write-ahead logging lets readers work while the writer
/// commits, and a killed process loses at most its open transaction; the index catches up with the
/// file (<see cref="SearchIndexFeed"/>).
/// </summary>
public sealed class SqliteArticleStore : SqlArticleStore
{
    private readonly SearchIndexFeed _search;

    private SqliteArticleStore(SqliteConnection connection, SearchIndexFeed search, string path)
        : base(connection)
    {
        _search = search;
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override string Backend => "sqlite";

    /// <summary>The folder of a store's search index: the file's path with <c>.search</c> added.</summary>
    public static string SearchIndexFolder(string path) => System.IO.Path.GetFullPath(path) + ".search";

    public static SqliteArticleStore Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
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
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        var identity = connection.Query("SELECT store FROM search_index WHERE id = 1", null, r => r.GetString(0)).Single();
        SearchIndexFeed? search = null;
        try
        {
            search = new SearchIndexFeed(connection, LuceneSearchIndex.Open(SearchIndexFolder(path)), identity);
            search.CatchUp(known: null, keepWriting: false);
            return new SqliteArticleStore(connection, search, path);
        }
        catch
        {
            search?.Dispose();
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

    /// <summary>The search index is outside the file: it takes the articles after the commit.</summary>
    private protected override void AddIndexRows(ArticleRows rows, PreparedArticle article, long sequence)
    {
    }

    /// <summary>A reanalyzed article replaces its Lucene document by id when the index catches up.</summary>
    protected override void DeleteIndexRows(string articleId, long sequence, DbTransaction transaction)
    {
    }

    /// <summary>
    /// The search index takes each batch as it is committed, and commits itself at most this often
    /// while writing goes on: searches in other processes see new articles that much later, and
    /// those of this process at once (a search commits what is pending).
    /// </summary>
    public static readonly TimeSpan SearchCommitInterval = TimeSpan.FromSeconds(10);

    protected override void Committed(IReadOnlyDictionary<long, SearchDocument> indexed) => _ = _search.CatchUp(indexed, keepWriting: true, SearchCommitInterval);

    protected override IndexHits FindMatches(SearchPlan plan, SearchOptions options)
    {
        var current = _search.CatchUp(known: null, keepWriting: _search.Index.IsWriting);
        return _search.Index.Search(plan, options, lookForNewerCommit: !current);
    }

    /// <summary>The index as this process's searches see it: what is applied but not yet committed is committed first.</summary>
    public override SearchIndexInfo SearchIndex()
    {
        _ = _search.CatchUp(known: null, keepWriting: _search.Index.IsWriting);
        var folder = new DirectoryInfo(SearchIndexFolder(Path));
        var bytes = folder.Exists ? folder.EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
        return new SearchIndexInfo("Lucene.Net 4.8 (BM25)", _search.Index.Count(), [new SearchIndexPart(folder.FullName, bytes)]);
    }

    public override void RebuildSearchIndex() => _search.Rebuild();

    public override void CommitSearchIndex()
    {
        if (_search.Index.IsWriting)
        {
            _search.Index.CommitApplied();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _search.Dispose();
        }
        base.Dispose(disposing);
    }
}
