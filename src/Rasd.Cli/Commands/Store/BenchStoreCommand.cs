using System.CommandLine;
using Spectre.Console;
using Rasd.Data;
using Rasd.Stages;
using Rasd.Store.Benchmark;
using Rasd.Store.Ingest;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd bench-store --articles N --db …</c>: ingests a corpus recombined from real sentences into an
/// empty store and reports the ingest rate and the latency of a fixed query set.
/// </summary>
internal static class BenchStoreCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "corpus size", DefaultValueFactory = _ => 1_000 };
        var sources = new Option<string[]>("--sources") { Description = "folders whose articles give the sentences (default: samples/seeds and ../shared/corpus/wild when present)", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "corpus random seed", DefaultValueFactory = _ => 1 };
        var repetitions = new Option<int>("--repetitions") { Description = "timed runs per query", DefaultValueFactory = _ => 20 };
        var batchSize = new Option<int>("--batch-size") { Description = "articles per transaction", DefaultValueFactory = _ => new IngestOptions().BatchSize };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress line" };
        var searchOnly = new Option<bool>("--search-only") { Description = "skip the corpus: time the query set on the existing (non-empty) store" };
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("bench-store", "measure ingest rate and search latency on a synthetic corpus (needs an empty store)")
        {
            articles, sources, seed, repetitions, batchSize, quiet, searchOnly, db, format,
        };
        command.SetAction(result => Run(
            result.GetValue(articles), result.GetValue(sources), result.GetValue(seed), result.GetValue(repetitions), result.GetValue(batchSize),
            result.GetValue(quiet), result.GetValue(searchOnly), result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(int articles, string[]? sources, int seed, int repetitions, int batchSize, bool quiet, bool searchOnly, string? db, string format, TextWriter output)
    {
        if (!StoreCommandOptions.Positive("--articles", articles) || !StoreCommandOptions.Positive("--repetitions", repetitions) || !StoreCommandOptions.Positive("--batch-size", batchSize))
        {
            return 2;
        }
        if (searchOnly)
        {
            return SearchOnly(repetitions, db, format, output);
        }
        var folders = sources is { Length: > 0 } ? sources : new[] { "samples/seeds", "../shared/corpus/wild" }.Where(Directory.Exists).ToArray();
        var missing = folders.Where(f => !Directory.Exists(f)).ToList();
        if (folders.Length == 0 || missing.Count > 0)
        {
            CliOutput.Error(folders.Length == 0 ? "no --sources given and no default source folder found" : $"--sources: no such folder {string.Join(", ", missing)}");
            return 2;
        }
        BenchCorpus corpus;
        try
        {
            corpus = BenchCorpus.FromFolders(folders);
        }
        catch (InvalidOperationException e)
        {
            CliOutput.Error(e.Message);
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var before = store.Counts();
        if (before.Articles + before.NearDuplicates > 0)
        {
            CliOutput.Error("bench-store needs an empty store (give --db a new file or database)");
            return 2;
        }
        Action<IngestProgress>? progress = quiet ? null : p =>
        {
            if (p.Read % 500 == 0 || p.Read == articles)
            {
                Console.Error.Write($"\r{p.Read:N0}/{articles:N0} articles, {p.ArticlesPerSecond:N1}/s   ");
            }
        };
        var result = StoreBenchmark.Run(store, DefaultPipeline.Create(KnowledgeBase.Default), KnowledgeBase.Default, corpus.Articles(articles, seed), repetitions,
            new IngestOptions { BatchSize = batchSize }, progress);
        if (!quiet)
        {
            Console.Error.WriteLine();
        }
        if (format == StoreCommandOptions.Json)
        {
            StoreOutput.Json(output, new
            {
                result.Backend,
                Articles = articles,
                Sentences = corpus.Sentences.Count,
                IngestSeconds = Math.Round(result.Ingest.Elapsed.TotalSeconds, 1),
                ArticlesPerSecond = Math.Round(result.Ingest.ArticlesPerSecond, 1),
                result.Ingest.NearDuplicates,
                result.Counts,
                SearchP50Ms = result.P50,
                SearchP95Ms = result.P95,
                result.Queries,
            });
            return 0;
        }
        var console = StoreOutput.Console(output);
        console.MarkupLine($"[bold]{result.Backend}[/]: {articles:N0} articles from {corpus.Sentences.Count:N0} sentences ingested in {result.Ingest.Elapsed.TotalSeconds:N1} s = [bold]{result.Ingest.ArticlesPerSecond:N1} articles/s[/] ({result.Ingest.NearDuplicates:N0} near-duplicates)");
        console.MarkupLine($"search over {StoreBenchmarkQueriesCount()} queries × {repetitions}: p50 [bold]{result.P50:N2} ms[/], p95 [bold]{result.P95:N2} ms[/]");
        var table = StoreOutput.Table("query", "hits", "p50 ms", "p95 ms");
        foreach (var q in result.Queries)
        {
            table.AddRow(StoreOutput.Cell(q.Query), StoreOutput.Cell(q.Hits), StoreOutput.Cell(q.P50), StoreOutput.Cell(q.P95));
        }
        console.Write(table);
        return 0;
    }

    private static int StoreBenchmarkQueriesCount() => StoreBenchmark.Queries.Count;

    private static int SearchOnly(int repetitions, string? db, string format, TextWriter output)
    {
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var counts = store.Counts();
        if (counts.Articles == 0)
        {
            CliOutput.Error("--search-only needs a store with articles");
            return 2;
        }
        var (queries, p50, p95) = StoreBenchmark.MeasureSearch(store, KnowledgeBase.Default, repetitions);
        if (format == StoreCommandOptions.Json)
        {
            StoreOutput.Json(output, new { store.Backend, counts.Articles, SearchP50Ms = p50, SearchP95Ms = p95, Queries = queries });
            return 0;
        }
        var console = StoreOutput.Console(output);
        console.MarkupLine($"[bold]{store.Backend}[/]: {counts.Articles:N0} articles; search over {queries.Count} queries × {repetitions}: p50 [bold]{p50:N2} ms[/], p95 [bold]{p95:N2} ms[/]");
        var table = StoreOutput.Table("query", "hits", "p50 ms", "p95 ms");
        foreach (var q in queries)
        {
            table.AddRow(StoreOutput.Cell(q.Query), StoreOutput.Cell(q.Hits), StoreOutput.Cell(q.P50), StoreOutput.Cell(q.P95));
        }
        console.Write(table);
        return 0;
    }
}
