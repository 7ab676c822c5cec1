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
/// <c>rasd train-embeddings CORPUS…</c>: trains word vectors with character n-grams on unlabeled
/// news (<see cref="SkipGramTrainer"/>), clusters the vectors of the common words by cosine at
/// several sizes (<see cref="SphericalKMeans"/>) and gives every word of the text its nearest
/// class at each size, also the words too rare for exchange clustering, whose vectors come from
/// their n-grams. Writes a file of the shape of the word clusters, which <c>rasd train-ner
/// --subword-classes</c> reads. Deterministic: the same text and options give the same file.
/// </summary>
internal static class TrainEmbeddingsCommand
{
    public const string RelativePath = "statistics/word-subword-classes.tsv.gz";

    public static Command Create()
    {
        var defaults = new SkipGramOptions();
        var paths = new Argument<string[]>("paths") { Description = "corpus files or folders (the bulk JSON Lines files)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "the file to write", DefaultValueFactory = _ => Path.Combine(DataDirectory.Locate(), RelativePath) };
        var sizes = new Option<string>("--classes") { Description = "numbers of classes, one clustering each, coarse to fine", DefaultValueFactory = _ => TrainClustersCommand.DefaultSizes };
        var dimension = new Option<int>("--dimension") { Description = "length of the word vectors", DefaultValueFactory = _ => defaults.Dimension };
        var window = new Option<int>("--window") { Description = "most words either side that count as a word's context", DefaultValueFactory = _ => defaults.Window };
        var epochs = new Option<int>("--epochs") { Description = "passes of skip-gram training over the text", DefaultValueFactory = _ => defaults.Epochs };
        var minimum = new Option<int>("--min-count") { Description = "words seen this many times get a vector row of their own and are clustered; rarer ones are classed by their n-grams", DefaultValueFactory = _ => defaults.MinCount };
        var writeMinimum = new Option<int>("--write-min-count") { Description = "write the classes of the words seen this many times", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--iterations") { Description = "most rounds of k-means", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "seed of the vectors' start, the sampling and k-means", DefaultValueFactory = _ => defaults.Seed };
        var alsoClass = new Option<string[]>("--also-class")
        {
            Description = "CoNLL files whose words are classed too, from their n-grams when the text lacks them (count 0 in the file written)",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [],
        };
        var limit = new Option<int>("--limit") { Description = "read only this many articles (0: all)", DefaultValueFactory = _ => 0 };
        var command = new Command("train-embeddings", "train word vectors with character n-grams on unlabeled news and class every word by them, for the name tagger")
        {
            paths, output, sizes, dimension, window, epochs, minimum, writeMinimum, iterations, seed, alsoClass, limit,
        };
        command.SetAction(result => Run(
            result.GetValue(paths)!, result.GetValue(output)!, result.GetValue(sizes)!,
            defaults with { Dimension = result.GetValue(dimension), Window = result.GetValue(window), Epochs = result.GetValue(epochs), MinCount = result.GetValue(minimum), Seed = result.GetValue(seed) },
            result.GetValue(writeMinimum), result.GetValue(iterations), result.GetValue(limit), Console.Out, result.GetValue(alsoClass)!));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string output, string sizes, SkipGramOptions options, int writeMinimum, int iterations, int limit, TextWriter log, IReadOnlyList<string>? alsoClass = null)
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
        if (classCounts.Count == 0 || options.MinCount < 1 || writeMinimum < 1 || options.Dimension < 1 || options.Window < 1 || options.Epochs < 1 || iterations < 1)
        {
            CliOutput.Error("expected at least one class count and --dimension, --window, --epochs, --min-count, --write-min-count and --iterations of 1 or more");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var refused = new StrongBox<int>();
        var articles = ArticleFiles.Stream(paths, new ArticleReader(), refused);
        if (limit > 0)
        {
            articles = articles.Take(limit);
        }
        // The tokens the tagger sees: the pipeline's segmentation, then TaggerInput, as train-clusters reads them.
        var text = new WordStream();
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
        log.WriteLine(FormattableString.Invariant($"read {read:N0} articles, {text.Tokens:N0} tokens, {text.Words.Count:N0} distinct, in {clock.Elapsed.TotalSeconds:F0} s"));
        var trainClock = Stopwatch.StartNew();
        var embeddings = SkipGramTrainer.Train(text, options, (epoch, processed, loss) =>
        {
            if (processed % 5_000_000 < 1_000_000)
            {
                log.WriteLine(FormattableString.Invariant($"epoch {epoch}: {processed:N0} tokens, loss {loss:0.000}, {trainClock.Elapsed.TotalSeconds:F0} s"));
            }
        });
        log.WriteLine(FormattableString.Invariant($"trained {embeddings.VocabularySize:N0} word rows in {trainClock.Elapsed.TotalSeconds:F0} s"));

        var dimension = options.Dimension;
        var written = Enumerable.Range(0, text.Words.Count).Where(id => text.Counts[id] >= writeMinimum)
            .OrderByDescending(id => text.Counts[id]).ThenBy(id => text.Words[id], StringComparer.Ordinal).ToArray();
        // Words of tagged corpora the text lacks, as the tagger reads them, after the text's own words.
        var known = new HashSet<string>(written.Select(id => text.Words[id]), StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var path in alsoClass ?? [])
        {
            foreach (var sentence in ConllReader.ReadFile(path))
            {
                extra.AddRange(TaggerInput.FromWords(sentence.Words).Tokens.Where(known.Add));
            }
        }
        var words = written.Select(id => text.Words[id]).Concat(extra).ToArray();
        var vectors = new float[words.Length * dimension];
        for (var i = 0; i < words.Length; i++)
        {
            embeddings.VectorOf(words[i], vectors.AsSpan(i * dimension, dimension));
        }
        // The classes are fitted to the words with rows of their own (the commonest come first) and then given to every word.
        var fitted = written.TakeWhile(id => text.Counts[id] >= options.MinCount).Count();
        var classes = new int[words.Length][];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = new int[classCounts.Count];
        }
        var kmeansClock = Stopwatch.StartNew();
        for (var level = 0; level < classCounts.Count; level++)
        {
            var size = classCounts[level];
            var kmeans = SphericalKMeans.Fit(vectors[..(fitted * dimension)], dimension, size, iterations, options.Seed + level,
                (round, changed) => log.WriteLine(FormattableString.Invariant($"{size} classes, round {round}: {changed:N0} words changed class, {kmeansClock.Elapsed.TotalSeconds:F0} s")));
            for (var i = 0; i < words.Length; i++)
            {
                classes[i][level] = kmeans.Nearest(vectors.AsSpan(i * dimension, dimension), out _);
            }
        }
        log.WriteLine(FormattableString.Invariant($"k-means in {kmeansClock.Elapsed.TotalSeconds:F0} s"));
        var levels = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            levels[words[i]] = classes[i];
            counts[words[i]] = i < written.Length ? text.Counts[written[i]] : 0;
        }
        new WordClusters(levels).Write(output, classCounts, counts,
            FormattableString.Invariant($"k-means by cosine of skip-gram vectors with character n-grams, {dimension} dimensions, rasd train-embeddings"));
        log.WriteLine(FormattableString.Invariant(
            $"{levels.Count:N0} words in {string.Join('/', classCounts)} classes written to {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.00} MB) in {clock.Elapsed.TotalSeconds:F0} s"));
        return refused.Value > 0 ? 1 : 0;
    }
}
