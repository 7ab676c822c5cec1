using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Rasd.Corpus;
using Rasd.Data;
using Rasd.Input;
using Rasd.Stages.Entities.Tagging;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd train-clusters CORPUS…</c>: clusters the folded words of unlabeled news by the words
/// around them (<see cref="ExchangeClustering"/>), at several numbers of classes, and writes the
/// data file <c>rasd train-ner</c> turns into features. Deterministic: the same text and sizes
/// give the same file.
/// </summary>
internal static class TrainClustersCommand
{
    public const string DefaultSizes = "64,256,1024";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "corpus files or folders (the bulk JSON Lines files)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "the file to write", DefaultValueFactory = _ => Path.Combine(DataDirectory.Locate(), WordClusters.RelativePath) };
        var sizes = new Option<string>("--classes") { Description = "numbers of classes, one clustering each, coarse to fine", DefaultValueFactory = _ => DefaultSizes };
        var minimum = new Option<int>("--min-count") { Description = "cluster only words seen this many times", DefaultValueFactory = _ => 5 };
        var passes = new Option<int>("--passes") { Description = "most passes of the exchange algorithm over the vocabulary", DefaultValueFactory = _ => 6 };
        var limit = new Option<int>("--limit") { Description = "read only this many articles (0: all)", DefaultValueFactory = _ => 0 };
        var command = new Command("train-clusters", "cluster the words of unlabeled news for the name tagger") { paths, output, sizes, minimum, passes, limit };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(sizes)!, result.GetValue(minimum), result.GetValue(passes), result.GetValue(limit), Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string output, string sizes, int minimum, int passes, int limit, TextWriter log)
    {
        var classCounts = new List<int>();
        foreach (var item in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 2)
            {
                CliOutput.Error($"--classes {sizes}: expected class counts of 2 or more, like 64,256,1024");
                return 2;
            }
            classCounts.Add(count);
        }
        if (classCounts.Count == 0 || minimum < 1 || passes < 1)
        {
            CliOutput.Error("expected at least one class count, --min-count and --passes of 1 or more");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var refused = new StrongBox<int>();
        var articles = ArticleFiles.Stream(paths, new ArticleReader(), refused);
        if (limit > 0)
        {
            articles = articles.Take(limit);
        }
        var text = new ExchangeClustering.BigramText();
        var read = 0;
        foreach (var sentences in new CorpusSentences(KnowledgeBase.Default).Read(articles))
        {
            foreach (var sentence in sentences)
            {
                text.Add(TaggerInput.FromWords(sentence).Tokens);
            }
            if (++read % 5000 == 0)
            {
                Console.Error.Write($"\r{read:N0} articles, {text.Tokens:N0} tokens, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        Console.Error.WriteLine();
        log.WriteLine(FormattableString.Invariant($"read {read:N0} articles, {text.Tokens:N0} tokens in {clock.Elapsed.TotalSeconds:F0} s"));
        var (clusters, counts) = ExchangeClustering.Cluster(text, classCounts, minimum, passes,
            (size, pass, moves) => log.WriteLine(FormattableString.Invariant($"{size} classes, pass {pass}: {moves:N0} words moved, {clock.Elapsed.TotalSeconds:F0} s")));
        clusters.Write(output, classCounts, counts);
        log.WriteLine(FormattableString.Invariant(
            $"{clusters.Count:N0} words in {string.Join('/', classCounts)} classes written to {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.00} MB) in {clock.Elapsed.TotalSeconds:F0} s"));
        return refused.Value > 0 ? 1 : 0;
    }
}
