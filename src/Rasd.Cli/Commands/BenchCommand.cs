using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rasd.Data;
using Rasd.Input;
using Rasd.Records;
using Rasd.Stages;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd bench PATH…</c>: measures analysis speed on real articles — start-up (loading the data
/// files), then articles per second on one thread and on all cores, over several rounds.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files or folders of articles to analyze", Arity = ArgumentArity.OneOrMore };
        var rounds = new Option<int>("--rounds") { Description = "how many times to analyze the whole set", DefaultValueFactory = _ => 5 };
        var command = new Command("bench", "measure analysis speed (articles per second) on a set of articles") { paths, rounds };
        command.SetAction(result => Run(result.GetValue(paths)!, Math.Max(1, result.GetValue(rounds)), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, int rounds, TextWriter output)
    {
        var startup = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create(KnowledgeBase.Default);
        startup.Stop();
        var (articles, _) = ArticleFiles.ReadAll(paths, new ArticleReader());
        if (articles.Count == 0)
        {
            CliOutput.Error("no articles to measure");
            return 1;
        }
        var characters = articles.Sum(a => (long)a.Text.Length);
        foreach (var article in articles)
        {
            RecordBuilder.Build(pipeline.Analyze(article));
        }
        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var single = Measure(rounds, () => articles.ForEach(a => RecordBuilder.Build(pipeline.Analyze(a, null, (name, took) => stages[name] = stages.GetValueOrDefault(name) + took))));
        var parallel = Measure(rounds, () => articles.AsParallel().ForAll(a => RecordBuilder.Build(pipeline.Analyze(a))));
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"articles: {articles.Count} ({characters:N0} characters), rounds: {rounds}, cores: {Environment.ProcessorCount}"));
        output.WriteLine(string.Create(invariant, $"start-up (data files and models): {startup.Elapsed.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(invariant, $"one thread:  {articles.Count * rounds / single.TotalSeconds:F1} articles/s, {characters * rounds / single.TotalSeconds / 1e6:F2} M characters/s"));
        output.WriteLine(string.Create(invariant, $"all cores:   {articles.Count * rounds / parallel.TotalSeconds:F1} articles/s, {characters * rounds / parallel.TotalSeconds / 1e6:F2} M characters/s"));
        foreach (var (name, took) in stages)
        {
            output.WriteLine(string.Create(invariant, $"  {name,-18} {took.TotalMilliseconds / (articles.Count * rounds):F2} ms/article"));
        }
        return 0;
    }

    private static TimeSpan Measure(int rounds, Action round)
    {
        var watch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            round();
        }
        return watch.Elapsed;
    }
}
