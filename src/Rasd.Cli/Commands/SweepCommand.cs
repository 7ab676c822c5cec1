using System.CommandLine;
using Rasd.Data;
using Rasd.Input;
using Rasd.Stages;
using Rasd.Sweep;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd sweep PATH…</c>: runs the pipeline over a corpus (the bulk JSON Lines files, folders of
/// articles) and reports articles, errors, time-outs, refused input, the slowest articles and peak
/// memory; every problem goes to standard error with its file and record. Exit code 1 when
/// anything failed or was refused.
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders of articles (JSON Lines, TREC and .gz files are streamed)", Arity = ArgumentArity.OneOrMore };
        var every = new Option<int>("--every") { Description = "analyze only every Nth article of each file (a fixed sample)", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit") { Description = "stop after this many articles of each file (0: all)", DefaultValueFactory = _ => 0 };
        var slowest = new Option<int>("--slowest") { Description = "how many of the slowest articles to list", DefaultValueFactory = _ => 10 };
        var threads = new Option<int>("--threads") { Description = "analysis threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxBytes = CliOptions.MaxBytes();
        var budget = CliOptions.TimeBudget();
        var command = new Command("sweep", "run the pipeline over a corpus and report errors, time-outs, refusals, the slowest articles and peak memory")
        {
            paths, every, limit, slowest, threads, maxBytes, budget,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(every), result.GetValue(limit), result.GetValue(slowest),
            result.GetValue(threads), result.GetValue(maxBytes), CliOptions.Budget(result.GetValue(budget)), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, int every, int limit, int slowest, int threads, long maxBytes, TimeSpan? budget, TextWriter output)
    {
        if (every < 1 || limit < 0 || slowest < 0 || threads < 1)
        {
            CliOutput.Error("--every and --threads must be at least 1; --limit and --slowest at least 0");
            return 2;
        }
        var reader = new ArticleReader(maxBytes);
        var items = ArticleReader.ExpandPaths(paths).SelectMany(path => CorpusSample.Every(reader.Read(path), every, limit));
        var sweep = new CorpusSweep(DefaultPipeline.CreateDefault(), budget, slowest, threads);
        var report = sweep.Run(items, progress => Console.Error.Write($"\r{progress.Articles:N0} articles, {progress.Failures:N0} failed, {progress.Refused:N0} refused, {progress.Elapsed.TotalSeconds:F0} s"));
        Console.Error.WriteLine();
        foreach (var problem in report.Problems)
        {
            CliOutput.Error($"{problem.Kind.ToString().ToLowerInvariant()}: {problem.Problem.Message}");
        }
        output.Write(report.ToText());
        return report.Problems.Count > 0 ? 1 : 0;
    }
}
