using System.CommandLine;
using System.Diagnostics;
using Rasd.Data;
using Rasd.Stages;
using Rasd.Store;
using Rasd.Store.Abstractions;
using Rasd.Store.Benchmark;
using Rasd.Store.Ingest;
using Rasd.Store.Postgres;
using Rasd.Text;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd bench-store --articles N --sources DIR --db …</c>: the search benchmark on real articles.
/// The sources are analyzed once into a base store (<c>--base</c>, kept and reused); the store named
/// by <c>--db</c> is filled once with N articles replicated from it (<see cref="ReplicatedCorpus"/>)
/// and reused while it holds N; then a fixed query mix drawn from the base is timed on it.
/// </summary>
internal static class BenchStoreCommand
{
    public const string DefaultBase = "rasd-bench-base.db";

    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "articles in the benchmark store", DefaultValueFactory = _ => 62_535 };
        var sources = new Option<string[]>("--sources") { Description = "articles analyzed into the base store when it is empty (default: ../shared/corpus/bulk)", AllowMultipleArgumentsPerToken = true };
        var baseStore = new Option<string>("--base") { Description = $"the SQLite store of analyzed source articles (default {DefaultBase} in the working folder)", DefaultValueFactory = _ => DefaultBase };
        var seed = new Option<int>("--seed") { Description = "seed of the publication dates and the query mix", DefaultValueFactory = _ => 1 };
        var queries = new Option<int>("--queries") { Description = "queries in the mix", DefaultValueFactory = _ => QueryMix.DefaultCount };
        var repetitions = new Option<int>("--repetitions") { Description = "timed runs of the mix", DefaultValueFactory = _ => 5 };
        var facets = new Option<bool>("--facets") { Description = "time the mix with facet counts too" };
        var rebuild = new Option<bool>("--rebuild-index") { Description = "time building the search index again from the stored articles" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "refuse source files larger than this", DefaultValueFactory = _ => TextDecoder.DefaultMaxBytes };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress lines" };
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("bench-store", "time the search query mix on a store of N articles replicated from real analyzed articles")
        {
            articles, sources, baseStore, seed, queries, repetitions, facets, rebuild, maxBytes, quiet, db, format,
        };
        command.SetAction(result => Run(
            new BenchSettings(
                result.GetValue(articles), result.GetValue(sources), result.GetValue(baseStore)!, result.GetValue(seed), result.GetValue(queries),
                result.GetValue(repetitions), result.GetValue(facets), result.GetValue(rebuild), result.GetValue(maxBytes), result.GetValue(quiet)),
            result.GetValue(db),
            result.GetValue(format)!,
            Console.Out));
        return command;
    }

    public static int Run(BenchSettings settings, string? db, string format, TextWriter output)
    {
        if (!StoreCommandOptions.Positive("--articles", settings.Articles) || !StoreCommandOptions.Positive("--queries", settings.Queries)
            || !StoreCommandOptions.Positive("--repetitions", settings.Repetitions))
        {
            return 2;
        }
        var target = ArticleStores.Resolve(db);
        if (!PostgresConnectionString.IsPostgres(target) && string.Equals(Path.GetFullPath(target), Path.GetFullPath(settings.Base), StringComparison.Ordinal))
        {
            CliOutput.Error("--base and --db must be different stores");
            return 2;
        }
        using var baseStore = StoreCommandOptions.Open(settings.Base);
        if (baseStore is null || !FillBase(baseStore, settings))
        {
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var counts = store.Counts();
        var stored = counts.Articles + counts.NearDuplicates;
        TimeSpan? replication = null;
        TimeSpan? loadEnd = null;
        if (stored == 0)
        {
            var clock = Stopwatch.StartNew();
            store.BeginBulkLoad();
            ReplicatedCorpus.Build(baseStore, store, settings.Articles, settings.Seed, settings.Quiet ? null : n => Progress($"writing {n:N0}/{settings.Articles:N0} articles"));
            var written = clock.Elapsed;
            EndProgress(settings);
            if (!settings.Quiet)
            {
                Progress("ending the load: building the search indexes it left, statistics");
            }
            store.EndBulkLoad();
            replication = clock.Elapsed;
            loadEnd = replication - written;
            EndProgress(settings);
            counts = store.Counts();
        }
        else if (stored != settings.Articles)
        {
            CliOutput.Error($"the store holds {stored:N0} articles, not {settings.Articles:N0}: give --db a new file or database, or the --articles it was built with");
            return 2;
        }
        TimeSpan? indexBuild = null;
        if (settings.RebuildIndex)
        {
            if (!settings.Quiet)
            {
                Progress("building the search index again");
            }
            var clock = Stopwatch.StartNew();
            store.RebuildSearchIndex();
            indexBuild = clock.Elapsed;
            EndProgress(settings);
        }
        var mix = QueryMix.Draw(baseStore, settings.Queries, settings.Seed);
        var index = store.SearchIndex();
        var loadBefore = LoadAverage();
        var plain = StoreBenchmark.Measure(store, KnowledgeBase.Default, mix, settings.Repetitions, facets: false);
        var faceted = settings.Facets ? StoreBenchmark.Measure(store, KnowledgeBase.Default, mix, settings.Repetitions, facets: true) : null;
        var report = new BenchReport(
            store.Backend, counts.Articles + counts.NearDuplicates, counts.Articles, baseStore.Counts().Articles, settings.Seed,
            replication is { } r ? Math.Round(r.TotalSeconds, 1) : null, loadEnd is { } e ? Math.Round(e.TotalSeconds, 1) : null,
            indexBuild is { } b ? Math.Round(b.TotalSeconds, 1) : null,
            index, Environment.ProcessorCount, loadBefore, LoadAverage(), plain, faceted);
        Write(report, format, output);
        return 0;
    }

    /// <summary>Analyzes the sources into an empty base store; a base that holds articles is used as it is.</summary>
    private static bool FillBase(IArticleStore baseStore, BenchSettings settings)
    {
        if (baseStore.Counts().Articles > 0)
        {
            return true;
        }
        var folders = settings.Sources is { Length: > 0 } given ? given : ["../shared/corpus/bulk"];
        var missing = folders.Where(f => !Directory.Exists(f) && !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            CliOutput.Error($"--sources: no such file or folder {string.Join(", ", missing)}");
            return false;
        }
        var summary = new IngestService(baseStore, DefaultPipeline.CreateDefault())
            .Run(new ArticleSources(settings.MaxBytes).Read(folders), settings.Quiet ? null : p => Progress($"analyzing the sources: {p.Read:N0} articles, {p.ArticlesPerSecond:N0}/s"));
        EndProgress(settings);
        foreach (var problem in summary.Problems)
        {
            CliOutput.Error(problem);
        }
        if (baseStore.Counts().Articles == 0)
        {
            CliOutput.Error("the sources gave no articles");
            return false;
        }
        return true;
    }

    private static void Write(BenchReport report, string format, TextWriter output)
    {
        if (format == StoreCommandOptions.Json)
        {
            StoreOutput.Json(output, report);
            return;
        }
        var console = StoreOutput.Console(output);
        console.MarkupLine($"[bold]{report.Backend}[/]: {report.Articles:N0} articles ({report.Originals:N0} originals) replicated from {report.BaseArticles:N0}; search index {report.Index.Engine}, {report.Index.Bytes / 1048576.0:N0} MiB");
        if (report.ReplicationSeconds is { } replication)
        {
            console.MarkupLine($"written in {replication:N1} s, {report.LoadEndSeconds:N1} s of it ending the load (indexes built at once, statistics)");
        }
        if (report.IndexBuildSeconds is { } build)
        {
            console.MarkupLine($"search index built in {build:N1} s = {build * 100_000 / Math.Max(1, report.Originals):N1} s per 100,000 articles");
        }
        console.MarkupLine($"{report.Cores} cores, load average {report.LoadBefore ?? "?"} before and {report.LoadAfter ?? "?"} after the timed runs");
        foreach (var measurement in new[] { report.Search, report.SearchWithFacets }.OfType<SearchMeasurement>())
        {
            var all = measurement.Overall;
            console.MarkupLine($"{(measurement.Facets ? "with facets" : "search")}, {all.Queries} queries × {measurement.Repetitions}: p50 [bold]{all.P50:N2} ms[/], p95 [bold]{all.P95:N2} ms[/], p99 [bold]{all.P99:N2} ms[/]");
            var table = StoreOutput.Table("kind", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms", "median matches", "max matches");
            foreach (var kind in measurement.ByKind.Append(all))
            {
                table.AddRow(StoreOutput.Cell(kind.Kind), StoreOutput.Cell(kind.Queries), StoreOutput.Cell(kind.P50), StoreOutput.Cell(kind.P95), StoreOutput.Cell(kind.P99),
                    StoreOutput.Cell(kind.Max), StoreOutput.Cell(kind.MedianMatches), StoreOutput.Cell(kind.MaxMatches));
            }
            console.Write(table);
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), so that a reader knows how busy the machine was.</summary>
    private static string? LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Progress(string line) => Console.Error.Write($"\r{line}   ");

    private static void EndProgress(BenchSettings settings)
    {
        if (!settings.Quiet)
        {
            Console.Error.WriteLine();
        }
    }
}

/// <summary>The options of <c>rasd bench-store</c>.</summary>
internal sealed record BenchSettings(
    int Articles,
    string[]? Sources,
    string Base,
    int Seed,
    int Queries,
    int Repetitions,
    bool Facets,
    bool RebuildIndex,
    long MaxBytes,
    bool Quiet);

/// <summary>
/// What <c>rasd bench-store</c> measured. <see cref="ReplicationSeconds"/> is the whole write of the
/// store, <see cref="LoadEndSeconds"/> the part of it that ended the bulk load (PostgreSQL builds its
/// search indexes then), <see cref="IndexBuildSeconds"/> a rebuild of the search index afterwards.
/// </summary>
internal sealed record BenchReport(
    string Backend,
    long Articles,
    long Originals,
    long BaseArticles,
    int Seed,
    double? ReplicationSeconds,
    double? LoadEndSeconds,
    double? IndexBuildSeconds,
    SearchIndexInfo Index,
    int Cores,
    string? LoadBefore,
    string? LoadAfter,
    SearchMeasurement Search,
    SearchMeasurement? SearchWithFacets);
