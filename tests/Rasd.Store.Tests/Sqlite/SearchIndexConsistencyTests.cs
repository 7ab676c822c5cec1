using System.Diagnostics;
using Rasd.Data;
using Rasd.Records;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Store.Search;
using Rasd.Store.Search.Lucene;
using Rasd.Store.Sqlite;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Sqlite;

/// <summary>
/// The Lucene index beside a SQLite store never loses or doubles an article, whatever happens
/// between the database's commit and the index's: a process killed there, an index deleted, an
/// index of another store or an older format left in place, articles reanalyzed.
/// </summary>
public sealed class SearchIndexConsistencyTests : IDisposable
{
    private static readonly string[] Queries = ["روسيا", "كازاخستان روسيا", "\"الدول الأعضاء\"", "country:KZ", "التجارة -بوتين", "from:2020 to:2025"];

    private readonly TemporaryFolder _corpus = new();
    private readonly List<SqliteTarget> _targets = [];

    public SearchIndexConsistencyTests() => TestCorpus.WriteStandard(_corpus.Path);

    [Fact]
    public void KillBetweenTheDatabaseCommitAndTheIndexCommitLosesAndDuplicatesNothing()
    {
        using var folder = new TemporaryFolder();
        const int Articles = 400;
        TestCorpus.WriteRecombined(folder.Path, Articles);
        var crashed = NewTarget();
        string[] arguments = ["ingest", folder.Path, "--db", crashed.Db, "--quiet", "--batch-size", "8"];
        using (var held = LuceneSearchIndex.Open(SqliteArticleStore.SearchIndexFolder(crashed.Db)))
        {
            // Holding the index's write lock makes the ingest commit each batch to the database and
            // never to the index, so that the kill below lands after database commits whose index
            // commits never happen: the state a kill -9 between the two commits leaves.
            Assert.True(held.TryBeginWriting());
            using (var child = CliProcess.Start(arguments))
            {
                var clock = Stopwatch.StartNew();
                while (DatabaseRevision(crashed.Db) < 24 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(90))
                {
                    Thread.Sleep(25);
                }
                if (child.HasExited)
                {
                    Assert.Fail($"the ingest ended before it could be killed: {child.StandardError.ReadToEnd()}");
                }
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }
            Assert.InRange(DatabaseRevision(crashed.Db), 24, Articles - 1);
            Assert.True((held.Committed?.Revision ?? 0) == 0, "the index committed although its lock was held");
        }

        var (exitCode, error) = CliProcess.Run(arguments);
        Assert.True(exitCode == 0, error);

        using var resumed = crashed.Open();
        var clean = NewTarget().Open();
        Ingestion.Ingest(clean, folder.Path);
        Assert.Equal(clean.Counts(), resumed.Counts());
        Assert.Equal(resumed.Counts().Articles, resumed.SearchIndex().Articles);
        foreach (var query in Queries.Concat(["الرئيس", "\"منظمة شنغهاي\""]))
        {
            Assert.Equal(Hits(clean, query), Hits(resumed, query));
        }
        clean.Dispose();
    }

    [Fact]
    public void IndexBehindTheDatabaseCatchesUpByIdWithoutDuplicates()
    {
        var (target, documents) = IngestedWithDocuments();
        using (var index = LuceneSearchIndex.Open(SqliteArticleStore.SearchIndexFolder(target.Db)))
        {
            Assert.True(index.TryBeginWriting());
            var committed = index.Committed!;
            // An index that kept half the articles and was told it is at revision 1: the catch-up re-adds the rest, some of them already there.
            index.Reset(committed.Store!);
            index.Apply(documents.Take(documents.Count / 2), committed.Store!, 1);
            index.Apply(documents.Take(3), committed.Store!, 1);
            index.CommitApplied();
            Assert.Equal(documents.Count / 2, index.Count());
        }

        using var reopened = target.Open();
        Assert.Equal(reopened.Counts().Articles, reopened.SearchIndex().Articles);
        AssertSameAnswers(reopened, Fresh());
    }

    [Fact]
    public void AppliedDocumentsAreSeenOnceCommittedAndWritingNeverEndsWithoutCommitting()
    {
        var (target, documents) = IngestedWithDocuments();
        var folder = SqliteArticleStore.SearchIndexFolder(target.Db);
        using var writing = LuceneSearchIndex.Open(folder);
        using var reading = LuceneSearchIndex.Open(folder);
        Assert.True(writing.TryBeginWriting());
        var storeIdentity = writing.Committed!.Store!;
        writing.Reset(storeIdentity);
        writing.Apply(documents.Take(2), storeIdentity, 2);
        Assert.True(writing.HasUncommitted);
        Assert.Equal(2, writing.Revision);
        Assert.Equal(0, reading.Count());

        writing.CommitApplied();
        Assert.Equal(2, reading.Count());
        writing.Apply(documents.Skip(2), storeIdentity, documents.Count);
        Assert.Equal(2, reading.Count());

        writing.EndWriting();
        Assert.False(writing.HasUncommitted);
        Assert.Equal(documents.Count, reading.Count());
        Assert.Equal(documents.Count, reading.Committed!.Revision);
    }

    [Fact]
    public void AnIngestRunEndsWithItsArticlesSearchableFromAnotherStoreInstance()
    {
        var target = NewTarget();
        using var writer = target.Open();
        Ingestion.Ingest(writer, _corpus.Path);
        using var reader = target.Open();

        Assert.Equal(writer.Counts().Articles, reader.SearchIndex().Articles);
        Assert.Contains(new SearchService(reader, KnowledgeBase.Default).Search("جباروف").Hits, h => h.Title == TestCorpus.JaparovTitle);
    }

    [Fact]
    public void DeletedIndexIsBuiltAgainOnOpen()
    {
        var target = NewTarget();
        using (var store = target.Open())
        {
            Ingestion.Ingest(store, _corpus.Path);
        }
        Directory.Delete(SqliteArticleStore.SearchIndexFolder(target.Db), recursive: true);

        using var reopened = target.Open();
        Assert.Equal(reopened.Counts().Articles, reopened.SearchIndex().Articles);
        AssertSameAnswers(reopened, Fresh());
    }

    /// <summary>
    /// A process killed while it wrote the index's first commit leaves a commit file cut short, with
    /// no earlier commit for Lucene to fall back to: the store opens, empties the index and builds it
    /// again; with another process writing the index, it leaves the files to that writer.
    /// </summary>
    [Fact]
    public void FirstCommitCutShortIsBuiltAgainOnOpen()
    {
        var target = NewTarget();
        using (var store = target.Open())
        {
            Ingestion.Ingest(store, _corpus.Path);
        }
        var folder = SqliteArticleStore.SearchIndexFolder(target.Db);
        var commits = Directory.GetFiles(folder, "segments_*");
        var commit = Assert.Single(commits);
        var whole = File.ReadAllBytes(commit);
        File.WriteAllBytes(commit, whole[..(whole.Length / 2)]);

        using (var held = new FileStream(Path.Combine(folder, "rasd-writer.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            using var index = LuceneSearchIndex.Open(folder);
            Assert.Null(index.Committed);
            Assert.Equal(whole.Length / 2, new FileInfo(commit).Length);
        }

        using var reopened = target.Open();
        Assert.Equal(reopened.Counts().Articles, reopened.SearchIndex().Articles);
        AssertSameAnswers(reopened, Fresh());
    }

    [Fact]
    public void IndexOfAnotherStoreIsNotTrusted()
    {
        var target = NewTarget();
        using (var store = target.Open())
        {
            Ingestion.Ingest(store, _corpus.Path);
        }
        foreach (var file in new[] { target.Db, target.Db + "-wal", target.Db + "-shm" })
        {
            File.Delete(file);
        }
        using var seedsOnly = target.Open();
        Ingestion.Ingest(seedsOnly, Path.Combine(_corpus.Path, "seeds"));

        Assert.Equal(seedsOnly.Counts().Articles, seedsOnly.SearchIndex().Articles);
        Assert.Empty(new SearchService(seedsOnly, KnowledgeBase.Default).Search("\"إعلان أستانا\"").Hits);
    }

    [Fact]
    public void ReanalyzedArticlesReplaceTheirDocuments()
    {
        var target = NewTarget();
        using var store = target.Open();
        Ingestion.Ingest(store, _corpus.Path);
        var before = Answers(store);
        var stale = store.OutdatedArticles("no such version", 0, 1_000)
            .Select(stored => ArticlePreparer.FromRecord(
                Records(store, duplicates: true).Single(r => r.Id == IngestService.IdOf(stored.Input.Text)) with { PipelineVersion = "0", Entities = [] },
                stored.Input.Metadata,
                stored.SuppliedPublished))
            .ToList();
        store.ReplaceAnalyses(stale);
        Assert.DoesNotContain(TestCorpus.JaparovTitle, Titles(store, "entity:person:sadyr-japarov"));

        new ReanalysisService(store, DefaultPipeline.Create(KnowledgeBase.Default), new IngestOptions { BatchSize = 2 }).Run();

        Assert.Equal(store.Counts().Articles, store.SearchIndex().Articles);
        Assert.Equal(before, Answers(store));
    }

    [Fact]
    public void OneWriterAtATimeHoldsTheIndexAndReleasesItForTheNext()
    {
        using var folder = new TemporaryFolder();
        var indexFolder = Path.Combine(folder.Path, "store.db.search");
        using var first = LuceneSearchIndex.Open(indexFolder);
        using var second = LuceneSearchIndex.Open(indexFolder);

        Assert.True(first.TryBeginWriting());
        Assert.True(first.TryBeginWriting());
        Assert.False(second.TryBeginWriting());
        Assert.False(second.IsWriting);

        first.EndWriting();
        Assert.True(second.TryBeginWriting());
        Assert.False(first.TryBeginWriting());
        second.EndWriting();
    }

    [Fact]
    public void SearchIndexFolderSitsBesideTheFile()
    {
        var target = NewTarget();
        using var store = target.Open();

        Assert.Equal(Path.GetFullPath(target.Db) + ".search", SqliteArticleStore.SearchIndexFolder(target.Db));
        Assert.True(Directory.Exists(SqliteArticleStore.SearchIndexFolder(target.Db)));
        Assert.Equal("Lucene.Net 4.8 (BM25)", store.SearchIndex().Engine);
    }

    public void Dispose()
    {
        foreach (var target in _targets)
        {
            target.Dispose();
        }
        _corpus.Dispose();
    }

    private SqliteTarget NewTarget()
    {
        var target = new SqliteTarget();
        _targets.Add(target);
        return target;
    }

    private IArticleStore Fresh()
    {
        var store = NewTarget().Open();
        Ingestion.Ingest(store, _corpus.Path);
        return store;
    }

    private static void AssertSameAnswers(IArticleStore actual, IArticleStore expected)
    {
        using (expected)
        {
            Assert.Equal(Answers(expected), Answers(actual));
        }
    }

    private static List<string> Answers(IArticleStore store) =>
        Queries.Select(q => string.Join(",", Hits(store, q))).ToList();

    private static List<string> Hits(IArticleStore store, string query)
    {
        var results = new SearchService(store, KnowledgeBase.Default).Search(query, new SearchOptions { Limit = 1_000, Facets = true });
        return [$"{results.Total}", .. results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), System.Text.Json.JsonSerializer.Serialize(results.Facets)];
    }

    private static List<string?> Titles(IArticleStore store, string query) =>
        new SearchService(store, KnowledgeBase.Default).Search(query, limit: 100).Hits.Select(h => h.Title).ToList();

    /// <summary>A store of the corpus, closed, and the search documents of its originals.</summary>
    private (SqliteTarget Target, List<SearchDocument> Documents) IngestedWithDocuments()
    {
        var target = NewTarget();
        using (var store = target.Open())
        {
            Ingestion.Ingest(store, _corpus.Path);
        }
        return (target, Records(target).Select(SearchDocument.From).ToList());
    }

    private static List<AnalysisRecord> Records(SqliteTarget target)
    {
        using var store = target.Open();
        return Records(store);
    }

    private static List<AnalysisRecord> Records(IArticleStore store, bool duplicates = false) =>
        store.ExportArticles().Where(a => duplicates || a.DuplicateOf is null).Select(a => RecordJson.Deserialize(a.RecordJson)!).ToList();

    /// <summary>The newest search revision committed to the database, read without opening the store (and its index).</summary>
    private static long DatabaseRevision(string db)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(revision), 0) FROM search_docs";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 1 or 14)
        {
            return 0; // the file or the table is not created yet
        }
    }
}
