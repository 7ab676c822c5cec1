using System.Data.Common;
using Rasd.Records;
using Rasd.Store.Relational;
using Rasd.Store.Search;
using Rasd.Store.Search.Lucene;

namespace Rasd.Store.Sqlite;

/// <summary>
/// Keeps the Lucene index beside a SQLite store up to date with it. The database is the truth and
/// commits first; the index then takes every article whose search revision is past the one its last
/// commit records, and commits that revision with them. So a process killed between the two commits
/// leaves an index that is merely behind, and the next catch-up (on opening the store, after a write,
/// before a search) adds what it misses; articles are added by id, so nothing is ever indexed twice.
/// A commit records the store's identity and the index format too: an index of another store or
/// format, or one ahead of the database (a database restored from a backup), is rebuilt.
/// </summary>
internal sealed class SearchIndexFeed(DbConnection connection, LuceneSearchIndex index, string store) : IDisposable
{
    /// <summary>Articles read, analyzed and committed to the index at a time while catching up.</summary>
    private const int ChunkSize = 2_000;

    public LuceneSearchIndex Index { get; } = index;

    /// <summary>
    /// Brings the index up to the database's newest search revision, unless another process holds
    /// the index's write lock (that process catches up instead). <paramref name="known"/> are
    /// documents already in memory by revision, so that a batch just written is not read back.
    /// </summary>
    /// <param name="keepWriting">Keep the write lock afterwards (a process that writes articles); otherwise release it for other writers.</param>
    /// <param name="commitAfter">
    /// Commit only when the last commit is at least this old; what is applied meanwhile is committed
    /// by a later catch-up or when writing ends. A commit costs about as much as indexing a batch,
    /// so an ingest commits every few seconds rather than after every batch.
    /// </param>
    /// <returns>Whether the index as this process reads it already held the newest revision, so that a search need not look for a newer commit.</returns>
    public bool CatchUp(IReadOnlyDictionary<long, SearchDocument>? known, bool keepWriting, TimeSpan commitAfter = default)
    {
        if (IsCurrent(Latest()))
        {
            return true;
        }
        if (!Index.TryBeginWriting())
        {
            return false;
        }
        try
        {
            var latest = Latest();
            var committed = Index.Committed;
            if (committed is null || !committed.Indexes(store, latest) || Index.Revision > latest)
            {
                Index.Reset(store);
            }
            var after = Index.Revision!.Value;
            while (after < latest)
            {
                var chunk = Revisions(after, ChunkSize);
                if (chunk.Count == 0)
                {
                    break;
                }
                Index.Apply(Documents(chunk, known), store, chunk[^1].Revision);
                after = chunk[^1].Revision;
            }
            if (Index.SinceCommit >= commitAfter)
            {
                Index.CommitApplied();
            }
        }
        finally
        {
            if (!keepWriting)
            {
                Index.EndWriting();
            }
        }
        return false;
    }

    /// <summary>Empties the index and indexes every stored article again.</summary>
    public void Rebuild()
    {
        if (!Index.TryBeginWriting())
        {
            throw new InvalidOperationException("another process is writing the search index; rebuild it when that process has finished");
        }
        try
        {
            Index.Reset(store);
            _ = CatchUp(known: null, keepWriting: true);
        }
        finally
        {
            Index.EndWriting();
        }
    }

    public void Dispose() => Index.Dispose();

    private bool IsCurrent(long latest) => Index.Committed is { } committed && committed.Indexes(store, latest) && committed.Revision == latest;

    private long Latest() => connection.ScalarLong("SELECT COALESCE(MAX(revision), 0) FROM search_docs");

    private List<(long Revision, string Id)> Revisions(long after, int limit)
    {
        var p = new QueryParameters();
        return connection.Query(
            $"SELECT revision, article_id FROM search_docs WHERE revision > {p.Add(after)} ORDER BY revision LIMIT {p.Add(limit)}",
            p,
            r => (r.Long(0), r.GetString(1)));
    }

    /// <summary>The documents of a chunk: from memory when known, else made again from the stored records (on all cores).</summary>
    private List<SearchDocument> Documents(List<(long Revision, string Id)> chunk, IReadOnlyDictionary<long, SearchDocument>? known)
    {
        var missing = chunk.Where(c => known is null || !known.ContainsKey(c.Revision)).Select(c => c.Id).ToList();
        var made = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            var p = new QueryParameters();
            var records = connection.Query($"SELECT record_json FROM articles WHERE id IN ({p.AddList(missing)})", p, r => r.GetString(0));
            foreach (var document in records.AsParallel().Select(json => SearchDocument.From(RecordJson.Deserialize(json) ?? throw new InvalidDataException("an empty stored record"))))
            {
                made[document.Id] = document;
            }
        }
        return chunk.Select(c => known is not null && known.TryGetValue(c.Revision, out var document) ? document : made[c.Id]).ToList();
    }
}
