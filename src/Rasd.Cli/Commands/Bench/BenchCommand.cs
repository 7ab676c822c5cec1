using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Rasd.Data;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Stages;
using Rasd.Store.Benchmark;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// <c>rasd bench PATH…</c>: in one run, on one thread and over the same articles, times the floor
/// (<see cref="TokenizerFloor"/>: Lucene.Net's Arabic analyzer reading every token) and the full
/// pipeline (every stage and the record), and prints both with their ratio; then the pipeline on
/// all cores, the time of each stage, the bytes allocated per article, the garbage collections and
/// where start-up goes (<see cref="StartupTimings"/>).
/// </summary>
internal static class BenchCommand
{
    /// <summary>
    /// How long the floor is repeated at least (once to warm it up, once timed), so that its rate is
    /// neither a timer's rounding nor the just-in-time compiler's first tier.
    /// </summary>
    private static readonly TimeSpan FloorMinimum = TimeSpan.FromSeconds(2);

    private const int WarmUpArticles = 100;

    private const int StartupFilesShown = 8;

    private const string RecordStage = "record";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders of articles to analyze", Arity = ArgumentArity.OneOrMore };
        var rounds = new Option<int>("--rounds") { Description = "how many times the pipeline analyzes the whole set", DefaultValueFactory = _ => 1 };
        var sample = new Option<int?>("--sample") { Description = "measure N articles drawn from the corpora (JSON Lines, TREC) instead of all of them; single-article files are always measured" };
        var seed = new Option<int>("--seed") { Description = "seed of the --sample draw", DefaultValueFactory = _ => 1 };
        var command = new Command("bench", "measure analysis speed against the tokenizer floor, on one thread and on all cores") { paths, rounds, sample, seed };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(sample), result.GetValue(seed), Math.Max(1, result.GetValue(rounds)), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, int? sample, int seed, int rounds, TextWriter output)
    {
        if (sample is < 1)
        {
            CliOutput.Error("--sample must be at least 1");
            return 2;
        }
        var (startup, _, pipeline) = StartupTimings.Measure();
        var set = BenchSample.Read(paths, new ArticleReader(), sample, seed);
        var articles = set.Articles;
        if (articles.Count == 0)
        {
            CliOutput.Error("no articles to measure");
            return 1;
        }

        using var floor = new TokenizerFloor();
        var tokens = articles.Sum(a => (long)floor.CountTokens(a.Text));
        var volume = new Volume(articles.Count, tokens, articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)));
        MeasureFloor(floor, articles);
        var floorRun = MeasureFloor(floor, articles);
        foreach (var article in articles.Take(WarmUpArticles))
        {
            AnalyzeOne(pipeline, article, null);
        }
        var stages = new StageMeter();
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        var pipelineRun = Measure(rounds, () =>
        {
            var failures = 0;
            foreach (var article in articles)
            {
                if (AnalyzeOne(pipeline, article, stages) is { } problem)
                {
                    failures++;
                    problems.Add(problem);
                }
            }
            return failures;
        });
        var parallel = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            articles.AsParallel().ForAll(a => AnalyzeOne(pipeline, a, null));
        }
        parallel.Stop();

        var invariant = CultureInfo.InvariantCulture;
        var sampled = sample is null ? "" : string.Create(invariant, $", {set.Articles.Count - set.WholeFiles:N0} drawn from {set.CorpusArticles:N0} corpus articles with seed {seed}");
        output.WriteLine(string.Create(invariant, $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        output.WriteLine(string.Create(invariant, $"articles: {articles.Count:N0} ({set.WholeFiles:N0} whole files{sampled}); {volume.Tokens:N0} tokens, {volume.Bytes / 1e6:F1} MB of UTF-8 text"));
        output.WriteLine(string.Create(invariant, $"start-up: {startup.Loaded.TotalMilliseconds:F0} ms (every data file and the tagger's model, loaded side by side as every command loads them); each alone, warm: knowledge base {startup.Knowledge.TotalMilliseconds:F0} ms (of it name statistics {startup.WordNames.TotalMilliseconds:F0} ms, gazetteer {startup.Gazetteer.TotalMilliseconds:F0} ms), tagger's model {startup.Model.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(invariant, $"{"one thread",-44} {"articles/s",12} {"tokens/s",12} {"MB/s",8}"));
        output.WriteLine(Rates("floor (Lucene.Net ArabicAnalyzer, every token)", volume, floorRun.Rounds, floorRun.Elapsed));
        output.WriteLine(Rates("pipeline (every stage and the record)", volume, rounds, pipelineRun.Elapsed));
        var ratio = (floorRun.Elapsed.TotalSeconds / floorRun.Rounds) / (pipelineRun.Elapsed.TotalSeconds / rounds);
        output.WriteLine(string.Create(invariant, $"ratio (pipeline/floor): {ratio:F3}"));
        var processorRatio = (floorRun.Processor.TotalSeconds / floorRun.Rounds) / (pipelineRun.Processor.TotalSeconds / rounds);
        output.WriteLine(string.Create(invariant, $"ratio by processor time (pipeline/floor): {processorRatio:F3}"));
        var scaling = pipelineRun.Elapsed.TotalSeconds / parallel.Elapsed.TotalSeconds;
        output.WriteLine(Rates($"pipeline on all {Environment.ProcessorCount} cores ({scaling:F2}x one thread)", volume, rounds, parallel.Elapsed));
        output.WriteLine(string.Create(invariant, $"allocated per article: pipeline {pipelineRun.AllocatedBytes / 1024.0 / (articles.Count * rounds):F0} KB, floor {floorRun.AllocatedBytes / 1024.0 / (articles.Count * floorRun.Rounds):F2} KB"));
        output.WriteLine(string.Create(invariant, $"garbage collections during the one-thread pipeline: gen0 {pipelineRun.Collections[0]}, gen1 {pipelineRun.Collections[1]}, gen2 {pipelineRun.Collections[2]}"));
        if (pipelineRun.Failures > 0)
        {
            output.WriteLine(string.Create(invariant, $"failed or timed out: {pipelineRun.Failures / rounds} article(s) (timed up to the failure)"));
            foreach (var problem in problems)
            {
                output.WriteLine($"  {problem}");
            }
        }
        output.WriteLine("data files, each read and parsed alone (the heaviest first):");
        foreach (var (file, bytes, took) in startup.Files.OrderByDescending(f => f.Took).Take(StartupFilesShown))
        {
            output.WriteLine(string.Create(invariant, $"  {file,-40} {bytes / 1024.0,8:F0} KB {took.TotalMilliseconds,8:F1} ms"));
        }
        var measured = articles.Count * rounds;
        var processorNote = ThreadCpuClock.IsAvailable ? "" : " (no thread processor clock here)";
        output.WriteLine($"stages (one thread; wall time, the thread's processor time{processorNote}, bytes allocated):");
        var total = stages.Costs.Values.Aggregate(TimeSpan.Zero, (sum, cost) => sum + cost.Wall);
        var totalProcessorMs = stages.Costs.Values.Sum(cost => cost.ProcessorMs);
        foreach (var (name, cost) in stages.Costs)
        {
            output.WriteLine(string.Create(invariant,
                $"  {name,-18} {cost.Wall.TotalMilliseconds / measured,8:F3} ms/article {100 * cost.Wall / total,6:F1}%   processor {cost.ProcessorMs / measured,7:F3} ms/article {100 * cost.ProcessorMs / Math.Max(totalProcessorMs, double.Epsilon),6:F1}%   {cost.AllocatedBytes / 1024.0 / measured,8:F1} KB/article"));
        }
        return 0;
    }

    /// <summary>Analyzes one article and builds its record, within the default time budget; the problem when it failed.</summary>
    private static string? AnalyzeOne(AnalysisPipeline pipeline, ArticleInput article, StageMeter? stages)
    {
        stages?.Start();
        var outcome = pipeline.AnalyzeIsolated(article, null, TimeSpan.FromSeconds(CliOptions.DefaultTimeBudgetSeconds), stages is null ? null : stages.Stop);
        if (outcome.Document is not { } document)
        {
            return outcome.Problem?.Message ?? article.File;
        }
        var started = Stopwatch.GetTimestamp();
        RecordBuilder.Build(document);
        stages?.Stop(RecordStage, Stopwatch.GetElapsedTime(started));
        return null;
    }

    private static Timing MeasureFloor(TokenizerFloor floor, List<ArticleInput> articles)
    {
        var rounds = 0;
        var cpu = ProcessorTime();
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = Collections();
        while (rounds == 0 || watch.Elapsed < FloorMinimum)
        {
            foreach (var article in articles)
            {
                floor.CountTokens(article.Text);
            }
            rounds++;
        }
        return new Timing(rounds, watch.Elapsed, ProcessorTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated, Since(collections), 0);
    }

    private static Timing Measure(int rounds, Func<int> round)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = Collections();
        var failures = 0;
        var cpu = ProcessorTime();
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            failures += round();
        }
        watch.Stop();
        return new Timing(rounds, watch.Elapsed, ProcessorTime() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated, Since(collections), failures);
    }

    /// <summary>Processor time of the whole process: on a shared machine it moves less than wall time, since waiting for a core is not counted.</summary>
    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static int[] Since(int[] before) => [.. Collections().Zip(before, (now, then) => now - then)];

    private static string Rates(string label, Volume volume, int rounds, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds / rounds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,-44} {volume.Articles / seconds,12:F1} {volume.Tokens / seconds,12:N0} {volume.Bytes / 1e6 / seconds,8:F2}");
    }

    private sealed record Volume(int Articles, long Tokens, long Bytes);

    private sealed record Timing(int Rounds, TimeSpan Elapsed, TimeSpan Processor, long AllocatedBytes, int[] Collections, int Failures);
}
