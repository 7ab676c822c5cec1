using System.Diagnostics;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Rasd.Store.Search.Lucene;

/// <summary>
/// A Lucene.Net index of a store's original articles, in a folder beside the store: BM25 ranking
/// with top-k collection, exact filters, facet counts. Each commit records which store it indexes
/// (<see cref="IndexCommitState.Store"/>), the store's search revision it is complete up to, and
/// the index format, so that the store can bring it up to date after a crash or an upgrade. One
/// process at a time writes; any number read the last commit.
/// </summary>
internal sealed class LuceneSearchIndex : IDisposable
{
    /// <summary>Changes when the documents would be indexed differently; an index of another format is rebuilt.</summary>
    public const string Format = "1";

    private const string StoreKey = "rasd.store";
    private const string RevisionKey = "rasd.revision";
    private const string FormatKey = "rasd.format";

    /// <summary>
    /// The file a writing process holds open exclusively, beside Lucene's own write lock. On Linux,
    /// Lucene.Net's native lock did not keep two ingest processes from opening writers on one
    /// folder at once (each wrote its own first segment and deleted the other's files); an exclusive
    /// open (flock on Unix, a sharing mode on Windows) is released only when the holder closes it or dies.
    /// </summary>
    private const string WriterLockFile = "rasd-writer.lock";

    private static readonly Sort Ranked = new(SortField.FIELD_SCORE, new SortField(LuceneFields.Id, SortFieldType.STRING));
    private static readonly Sort Newest = new(new SortField(LuceneFields.PublishedOrder, SortFieldType.INT64, true), new SortField(LuceneFields.Id, SortFieldType.STRING));

    private readonly LuceneDirectory _directory;
    private readonly string _folder;
    private FileStream? _writerLock;
    private IndexWriter? _writer;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private (string Store, long Revision)? _uncommitted;
    private long _lastCommit = Stopwatch.GetTimestamp();

    private LuceneSearchIndex(LuceneDirectory directory, string folder)
    {
        _directory = directory;
        _folder = folder;
    }

    /// <summary>The committed state the searches see; null before the first commit.</summary>
    public IndexCommitState? Committed { get; private set; }

    public bool IsWriting => _writer is not null;

    /// <summary>The search revision the writer's documents are complete up to, committed or not; the committed one when not writing.</summary>
    public long? Revision => _uncommitted?.Revision ?? Committed?.Revision;

    /// <summary>Whether documents were applied since the last commit.</summary>
    public bool HasUncommitted => _uncommitted is not null;

    /// <summary>How long ago this process last committed the index (or opened it).</summary>
    public TimeSpan SinceCommit => Stopwatch.GetElapsedTime(_lastCommit);

    /// <summary>Opens (creating if need be) the index in a folder.</summary>
    public static LuceneSearchIndex Open(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        var index = new LuceneSearchIndex(FSDirectory.Open(folder), folder);
        index.Refresh();
        return index;
    }

    /// <summary>Takes the write lock, unless another process holds it (then false, and that process keeps the index current).</summary>
    public bool TryBeginWriting()
    {
        if (_writer is not null)
        {
            return true;
        }
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
            WriteLockTimeout = 0,
        };
        _writerLock = TryHoldWriterLock();
        if (_writerLock is null)
        {
            return false;
        }
        try
        {
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException)
        {
            ReleaseWriterLock();
            return false;
        }
        Refresh();
        return true;
    }

    /// <summary>Commits what was applied since the last commit, then releases the write lock, waiting for running merges.</summary>
    public void EndWriting()
    {
        if (_writer is not null)
        {
            CommitApplied();
        }
        _writer?.Dispose();
        _writer = null;
        ReleaseWriterLock();
    }

    private FileStream? TryHoldWriterLock()
    {
        try
        {
            return new FileStream(Path.Combine(_folder, WriterLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void ReleaseWriterLock()
    {
        _writerLock?.Dispose();
        _writerLock = null;
    }

    /// <summary>Empties the index and commits it as indexing <paramref name="store"/> up to revision 0.</summary>
    public void Reset(string store)
    {
        var writer = RequireWriter();
        writer.DeleteAll();
        _uncommitted = null;
        Commit(writer, store, 0);
    }

    /// <summary>
    /// Adds or replaces (by id) the articles, making the index complete up to <paramref name="revision"/>
    /// once committed (<see cref="CommitApplied"/>). Until then searches see the last commit, and a
    /// process that dies loses only what the store's next catch-up adds again.
    /// </summary>
    public void Apply(IEnumerable<SearchDocument> articles, string store, long revision)
    {
        var writer = RequireWriter();
        foreach (var article in articles)
        {
            writer.UpdateDocument(new Term(LuceneFields.Id, article.Id), LuceneFields.Create(article));
        }
        _uncommitted = (store, revision);
    }

    /// <summary>Commits the documents applied since the last commit, recording the revision they complete.</summary>
    public void CommitApplied()
    {
        if (_uncommitted is { } applied)
        {
            Commit(RequireWriter(), applied.Store, applied.Revision);
            _uncommitted = null;
        }
    }

    /// <summary>One page of the matches in rank order (by score, or newest first when nothing is scored), the total, and facet counts when asked.</summary>
    /// <param name="lookForNewerCommit">Reopen the reader when the index has a newer commit (listing the index folder); false when the caller knows the reader holds the newest revision.</param>
    public IndexHits Search(SearchPlan plan, SearchOptions options, bool lookForNewerCommit = true)
    {
        if (lookForNewerCommit || _searcher is null)
        {
            Refresh();
        }
        if (_searcher is null)
        {
            return new IndexHits(0, true, [], options.Facets ? new FacetTally() : null);
        }
        var scored = plan.ScoringTerms.Count > 0;
        var top = TopFieldCollector.Create(scored ? Ranked : Newest, options.Offset + options.Limit, true, scored, false, true);
        var facets = options.Facets ? new FacetCollector() : null;
        _searcher.Search(LuceneQuery.From(plan), facets is null ? top : MultiCollector.Wrap(top, facets));
        var hits = top.GetTopDocs(options.Offset, options.Limit).ScoreDocs
            .Select(d => new IndexHit(((BytesRef)((FieldDoc)d).Fields[1]).Utf8ToString(), scored ? d.Score : 0))
            .ToList();
        return new IndexHits(top.TotalHits, true, hits, facets?.Tally());
    }

    /// <summary>Articles in the index (for checks and tests).</summary>
    public int Count()
    {
        Refresh();
        return _reader?.NumDocs ?? 0;
    }

    public void Dispose()
    {
        EndWriting();
        _reader?.Dispose();
        _directory.Dispose();
    }

    /// <summary>Opens the newest commit if it changed since the last look (another process may have committed).</summary>
    private void Refresh()
    {
        if (_reader is null)
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                return;
            }
            try
            {
                _reader = DirectoryReader.Open(_directory);
            }
            catch (Exception e) when (e is CorruptIndexException or EndOfStreamException or FileNotFoundException)
            {
                DiscardUnreadable();
                return;
            }
        }
        else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
        {
            _reader.Dispose();
            _reader = newer;
        }
        else if (_searcher is not null)
        {
            return;
        }
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        Committed = IndexCommitState.From(_reader.IndexCommit.UserData);
    }

    /// <summary>
    /// A process killed while it wrote the index's first commit leaves a commit that cannot be read,
    /// and no earlier one to fall back to (as Lucene does for later commits). The index is derived
    /// from the store, so its files are deleted and the store's feed builds it again from revision 0;
    /// but only while no other process writes it, since a writer's first commit in progress looks the
    /// same from outside. That writer finishes it; until then this process sees no commit.
    /// </summary>
    private void DiscardUnreadable()
    {
        if (_writer is not null)
        {
            return;
        }
        using var held = TryHoldWriterLock();
        if (held is null)
        {
            return;
        }
        foreach (var file in _directory.ListAll().Where(f => f != WriterLockFile))
        {
            _directory.DeleteFile(file);
        }
    }

    private IndexWriter RequireWriter() => _writer ?? throw new InvalidOperationException("the search index is not open for writing");

    private void Commit(IndexWriter writer, string store, long revision)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [StoreKey] = store,
            [RevisionKey] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [FormatKey] = Format,
        });
        writer.Commit();
        _lastCommit = Stopwatch.GetTimestamp();
        Refresh();
    }

    /// <summary>What a commit says it holds.</summary>
    public sealed record IndexCommitState(string? Store, long Revision, string? Format)
    {
        public static IndexCommitState From(IDictionary<string, string> data) => new(
            data.TryGetValue(StoreKey, out var store) ? store : null,
            data.TryGetValue(RevisionKey, out var revision) && long.TryParse(revision, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0,
            data.TryGetValue(FormatKey, out var format) ? format : null);

        /// <summary>Whether the commit indexes this store, in this format, and not past its newest revision.</summary>
        public bool Indexes(string store, long latestRevision) => Store == store && Format == LuceneSearchIndex.Format && Revision <= latestRevision;
    }
}
