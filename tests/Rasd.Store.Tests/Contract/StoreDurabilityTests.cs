using System.Diagnostics;
using System.Text.Json;
using Rasd.Store.Abstractions;
using Rasd.Store.Export;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>
/// Durability, run unchanged against SQLite and PostgreSQL: an ingest killed with SIGKILL at twenty
/// random moments leaves a sound store each time, holding exactly the articles it committed with
/// all their facts, and running it again ends at the store a clean ingest builds; two ingests
/// into one store at once both finish and leave exactly the union of their inputs.
/// </summary>
public abstract class StoreDurabilityTests : IDisposable
{
    private const int KillTrials = 20;
    private readonly List<StoreTarget> _targets = [];
    private readonly List<IArticleStore> _stores = [];
    private readonly List<TemporaryFolder> _folders = [];

    protected abstract StoreTarget CreateTarget();

    [BackendFact]
    public void IngestKilledAtTwentyRandomMomentsEndsAtTheCleanStore()
    {
        const int Articles = 900;
        var corpus = Folder();
        TestCorpus.WriteRecombined(corpus, Articles);
        var crashed = NewTarget();
        string[] arguments = ["ingest", corpus, "--db", crashed.Db, "--quiet", "--batch-size", "8"];
        var moments = new Random(20261201);
        long stored = 0;
        for (var trial = 0; trial < KillTrials && stored < Articles; trial++)
        {
            var delay = TimeSpan.FromMilliseconds(moments.Next(300, 3500));
            using (var child = CliProcess.Start(arguments))
            {
                if (!child.WaitForExit(delay))
                {
                    child.Kill(entireProcessTree: true);
                }
                child.WaitForExit();
            }
            using var probe = crashed.Open();
            Assert.Empty(probe.CheckIntegrity());
            AssertEveryArticleHasAllItsFacts(probe);
            var now = Stored(probe);
            Assert.True(now >= stored, $"trial {trial}: the store went from {stored} to {now} articles");
            stored = now;
        }
        var (exitCode, error) = CliProcess.Run(arguments);
        Assert.True(exitCode == 0, error);

        using var resumed = crashed.Open();
        var clean = Open();
        Ingestion.Ingest(clean, corpus);
        Assert.Equal(Articles, Stored(clean));
        Assert.Empty(resumed.CheckIntegrity());
        Assert.Equal(clean.Counts(), resumed.Counts());
        Assert.Equal(ExportLines(clean), ExportLines(resumed));
    }

    [BackendFact]
    public void TwoIngestsAtOnceLeaveExactlyTheUnion()
    {
        const int Articles = 240;
        var corpus = Folder();
        TestCorpus.WriteRecombined(corpus, Articles);
        var files = Directory.EnumerateFiles(corpus).Order(StringComparer.Ordinal).ToList();
        var target = NewTarget();
        // Both start on the same articles, so that their batches race for the same ids and sequence numbers.
        var first = files.Take(Articles * 2 / 3);
        var second = files.Take(Articles / 3).Concat(files.Skip(Articles * 2 / 3));
        var runs = new[] { first, second }
            .Select(part => Task.Run(() => CliProcess.Run(["ingest", .. part, "--db", target.Db, "--quiet", "--batch-size", "4", "--threads", "1"])))
            .ToArray();
        Task.WaitAll(runs);
        foreach (var run in runs)
        {
            Assert.True(run.Result.ExitCode == 0, run.Result.Error);
        }

        using var store = target.Open();
        var clean = Open();
        Ingestion.Ingest(clean, corpus);
        Assert.Empty(store.CheckIntegrity());
        Assert.Equal(Articles, Stored(store));
        Assert.Equal(Ids(clean), Ids(store));
        AssertEveryArticleHasAllItsFacts(store);
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }
        foreach (var target in _targets)
        {
            target.Dispose();
        }
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>A batch is one transaction: every stored original has all the facts its record names, and the store holds no others.</summary>
    private static void AssertEveryArticleHasAllItsFacts(IArticleStore store)
    {
        long mentions = 0, quotes = 0, amounts = 0, times = 0, relations = 0;
        foreach (var article in store.ExportArticles().Where(a => a.DuplicateOf is null))
        {
            using var record = JsonDocument.Parse(article.RecordJson);
            var root = record.RootElement;
            mentions += root.GetProperty("entities").EnumerateArray().Sum(e => e.GetProperty("mentions").GetArrayLength());
            quotes += root.GetProperty("quotes").GetArrayLength();
            amounts += root.GetProperty("amounts").GetArrayLength();
            times += root.GetProperty("times").GetArrayLength();
            relations += root.GetProperty("relations").GetArrayLength();
        }
        var counts = store.Counts();
        Assert.Equal((mentions, quotes, amounts, times, relations), (counts.Mentions, counts.Quotes, counts.Amounts, counts.Times, counts.Relations));
    }

    private string Folder()
    {
        var folder = new TemporaryFolder();
        _folders.Add(folder);
        return folder.Path;
    }

    private StoreTarget NewTarget()
    {
        var target = CreateTarget();
        _targets.Add(target);
        return target;
    }

    private IArticleStore Open()
    {
        var store = NewTarget().Open();
        _stores.Add(store);
        return store;
    }

    private static long Stored(IArticleStore store)
    {
        var counts = store.Counts();
        return counts.Articles + counts.NearDuplicates;
    }

    private static List<string> Ids(IArticleStore store) => store.ExportArticles().Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    private static string ExportLines(IArticleStore store)
    {
        var output = new StringWriter();
        ArticleExport.WriteJsonLines(store, output, includeDuplicates: true);
        return output.ToString();
    }
}
