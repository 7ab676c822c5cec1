using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rasd.Data;
using Rasd.Stages.Entities.Tagging;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd train-ner</c>: trains the named-entity tagger from the public corpora and saves it. The
/// last tenth of ANERcorp train is held out as a dev set and scored after every epoch; the ANERcorp
/// test split is never read here. Paths default to the shared folder beside the repository, so run
/// it from the repository root.
/// </summary>
internal static class TrainNerCommand
{
    private const string NerFolder = "../shared/data/ner";
    private const string GazetteerFolder = "../shared/data/gazetteers";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "where to write the model", DefaultValueFactory = _ => "data/models/ner-ar.bin.gz" };
        var seed = new Option<int>("--seed") { Description = "seed of the training shuffle", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var epochs = new Option<int>("--epochs") { Description = "passes over the training data", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var data = new Option<string>("--data") { Description = "corpora to train on, each optionally with an update weight: anercorp,aqmar:0.5,wikiann:0.3", DefaultValueFactory = _ => DefaultData };
        var anercorp = new Option<string>("--anercorp") { Description = "ANERcorp CAMeL Lab train file", DefaultValueFactory = _ => $"{NerFolder}/anercorp-camellab/{NerCorpora.AnercorpTrainFile}" };
        var aqmar = new Option<string>("--aqmar") { Description = "AQMAR folder", DefaultValueFactory = _ => $"{NerFolder}/aqmar" };
        var wikiann = new Option<string>("--wikiann") { Description = "WikiANN Arabic folder", DefaultValueFactory = _ => $"{NerFolder}/wikiann-ar" };
        var anergazet = new Option<string>("--anergazet") { Description = "ANERgazet folder", DefaultValueFactory = _ => $"{GazetteerFolder}/anergazet" };
        var countries = new Option<string>("--countries") { Description = "Arabic country names table", DefaultValueFactory = _ => $"{GazetteerFolder}/countries-ar/countries_ar.tsv" };
        var namesFrom = new Option<string>("--names-from") { Description = "corpora not trained on whose entities become name lists (wikiann, aqmar, or none)", DefaultValueFactory = _ => DefaultNameCorpora };
        var domainAdaptation = new Option<bool>("--domain-adaptation") { Description = "give each corpus its own copy of the features besides the shared one, and tag as ANERcorp", DefaultValueFactory = _ => true };
        var devFraction = new Option<double>("--dev-fraction") { Description = "share of ANERcorp train (its end) held out for scoring each epoch", DefaultValueFactory = _ => 0.1 };
        var devPart = new Option<int>("--dev-part") { Description = "hold out this block (0-based) of ANERcorp train cut into --dev-fraction blocks instead of its end, for cross-validation", DefaultValueFactory = _ => -1 };
        var minCount = new Option<int>("--min-count") { Description = "drop features seen fewer times in training", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount };
        var clusters = new Option<string>("--clusters")
        {
            Description = $"word clusters of the bulk corpus to use as features ({WordClustersPath}, made by rasd train-clusters), or none; off in the shipped model, see README",
            DefaultValueFactory = _ => "none",
        };
        var evidence = new Option<string>("--name-evidence")
        {
            Description = $"word statistics of the bulk corpus whose name-cue counts become features ({WordNamesPath}), or none; off in the shipped model, see README",
            DefaultValueFactory = _ => "none",
        };
        var wordDropout = new Option<float>("--word-dropout") { Description = "in each epoch, leave out the features naming a word seen n times in training with chance α/(α+n); 0: never", DefaultValueFactory = _ => new NerTrainingOptions().WordDropout };
        var prune = new Option<float>("--prune") { Description = "drop features whose averaged weights are all smaller (in units of the mean absolute weight)", DefaultValueFactory = _ => new NerTrainingOptions().PruneBelow };
        var margin = new Option<float>("--margin") { Description = "cost-augmented training: the score margin per token by which the gold labels must win; 0: the plain perceptron", DefaultValueFactory = _ => new NerTrainingOptions().Margin };
        var command = new Command("train-ner", "train the named-entity tagger on ANERcorp (train), AQMAR and WikiANN")
        {
            output, seed, epochs, data, namesFrom, domainAdaptation, anercorp, aqmar, wikiann, anergazet, countries, devFraction, devPart, minCount, prune, clusters, evidence, wordDropout,
            margin,
        };
        command.SetAction(result =>
        {
            var paths = new CorpusPaths(result.GetValue(anercorp)!, result.GetValue(aqmar)!, result.GetValue(wikiann)!, result.GetValue(anergazet)!, result.GetValue(countries)!, result.GetValue(clusters)!, result.GetValue(evidence)!);
            var options = new NerTrainingOptions
            {
                Seed = result.GetValue(seed),
                Epochs = result.GetValue(epochs),
                MinFeatureCount = result.GetValue(minCount),
                PruneBelow = result.GetValue(prune),
                WordDropout = result.GetValue(wordDropout),
                DomainAdaptation = result.GetValue(domainAdaptation),
                Margin = result.GetValue(margin),
            };
            return Run(result.GetValue(output)!, result.GetValue(data)!, result.GetValue(namesFrom)!, paths, result.GetValue(devFraction), options, Console.Out, result.GetValue(devPart));
        });
        return command;
    }

    /// <summary>The data files of the word clusters and of the name-cue counts, relative to the repository root.</summary>
    public const string WordClustersPath = "data/" + WordClusters.RelativePath;

    public const string WordNamesPath = "data/" + WordNameStatistics.RelativePath;

    /// <summary>The corpora of the shipped model and their update weights, chosen on the dev split.</summary>
    public const string DefaultData = "anercorp,aqmar";

    /// <summary>The corpora whose entities serve as name lists for the shipped model.</summary>
    public const string DefaultNameCorpora = "wikiann";

    /// <param name="Clusters">The word clusters file, or <c>none</c>.</param>
    /// <param name="NameEvidence">The word statistics file whose name-cue counts are used, or <c>none</c>.</param>
    public sealed record CorpusPaths(string Anercorp, string Aqmar, string Wikiann, string Anergazet, string Countries, string Clusters, string NameEvidence);

    public static int Run(string outputPath, string data, string namesFrom, CorpusPaths paths, double devFraction, NerTrainingOptions options, TextWriter output, int devPart = -1)
    {
        if (!(options.WordDropout >= 0 && float.IsFinite(options.WordDropout)))
        {
            CliOutput.Error($"--word-dropout {options.WordDropout}: expected 0 (off) or a positive number, like 0.5");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        List<(string Name, float Weight)> corpora;
        List<string> nameCorpora;
        try
        {
            // ANERcorp first: under domain adaptation the model tags as the first corpus, and news is what Rasd reads.
            corpora = [.. ParseCorpora(data, allowWeights: true).OrderBy(c => c.Name != "anercorp")];
            nameCorpora = namesFrom == "none" ? [] : ParseCorpora(namesFrom, allowWeights: false).Select(c => c.Name).ToList();
        }
        catch (FormatException e)
        {
            CliOutput.Error(e.Message);
            return 2;
        }
        if (nameCorpora.Intersect(corpora.Select(c => c.Name)).FirstOrDefault() is { } both)
        {
            // Names from a corpus always match in that same corpus, so the model would learn to trust them blindly.
            CliOutput.Error($"{both} is both trained on (--data) and used as a name list (--names-from); pick one");
            return 2;
        }
        var sets = new List<TrainingSet>();
        var dev = new List<TaggedSentence>();
        try
        {
            foreach (var (name, weight) in corpora)
            {
                List<TaggedSentence> sentences;
                if (name == "anercorp")
                {
                    (sentences, dev) = NerCorpora.SplitDev(NerCorpora.ReadAnercorp(paths.Anercorp), devFraction, devPart);
                }
                else
                {
                    sentences = ReadCorpus(name, paths);
                }
                sets.Add(new TrainingSet(name, sentences, weight));
                output.WriteLine(FormattableString.Invariant($"{name}: {sentences.Count} sentences, {sentences.Sum(s => s.Words.Count)} tokens, update weight {weight}"));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            CliOutput.Error(e.Message);
            return 1;
        }
        if (dev.Count > 0)
        {
            output.WriteLine($"dev (end of ANERcorp train): {dev.Count} sentences");
        }
        TaggerLexicon lexicon;
        var wordClusters = WordClusters.Empty;
        var wordEvidence = WordEvidence.Empty;
        try
        {
            var nameSentences = nameCorpora.ToDictionary(name => name, name => ReadCorpus(name, paths));
            lexicon = BuildLexicon(paths, nameSentences, output);
            if (paths.Clusters != "none")
            {
                wordClusters = WordClusters.Read(paths.Clusters);
                output.WriteLine($"clusters: {wordClusters.Count} words at {wordClusters.LevelCount} levels from {paths.Clusters}");
            }
            if (paths.NameEvidence != "none")
            {
                using var file = File.OpenRead(paths.NameEvidence);
                using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
                wordEvidence = WordEvidence.From(WordNameStatistics.Read(reader, paths.NameEvidence));
                output.WriteLine($"name evidence: {wordEvidence.Count} words from {paths.NameEvidence}");
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            CliOutput.Error(e.Message);
            return 1;
        }
        var model = NerTrainer.Train(sets, lexicon, options with
        {
            Clusters = wordClusters,
            Evidence = wordEvidence,
            Dev = dev,
            OnEpoch = report => output.WriteLine(DescribeEpoch(report)),
        });
        try
        {
            model.Save(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliOutput.Error($"{outputPath}: {e.Message}");
            return 1;
        }
        if (dev.Count > 0)
        {
            output.WriteLine($"dev, document context ±{ConllEvaluator.DefaultDocumentWindow} sentences:");
            output.Write(ConllEvaluator.Evaluate(model, dev).ToTable());
            output.WriteLine("dev, sentences tagged alone:");
            output.Write(ConllEvaluator.Evaluate(model, dev, documentWindow: 0).ToTable());
        }
        output.WriteLine(FormattableString.Invariant(
            $"saved {outputPath}: {model.FeatureCount} features, {new FileInfo(outputPath).Length / 1024.0 / 1024.0:0.00} MB, trained in {clock.Elapsed.TotalSeconds:0}s"));
        return 0;
    }

    private static string DescribeEpoch(NerEpochReport report)
    {
        var line = FormattableString.Invariant($"epoch {report.Epoch,2}: {report.Mistakes,5}/{report.Sentences} sentences wrong, {report.Elapsed.TotalSeconds,5:0.0}s");
        return report.Dev is { Micro: var micro }
            ? line + FormattableString.Invariant($", dev P {micro.Precision:0.0000} R {micro.Recall:0.0000} F1 {micro.F1:0.0000}")
            : line;
    }

    /// <summary>ANERgazet, the country table, the project's gazetteer files (when present) and the cue words.</summary>
    private static TaggerLexicon BuildLexicon(CorpusPaths paths, IReadOnlyDictionary<string, List<TaggedSentence>> nameCorpora, TextWriter output)
    {
        var lexicon = new TaggerLexicon();
        var fromAnergazet = GazetteerSources.AddAnergazet(lexicon, paths.Anergazet);
        var fromCountries = GazetteerSources.AddCountryTable(lexicon, paths.Countries);
        var fromProject = 0;
        try
        {
            fromProject = GazetteerSources.AddProjectGazetteer(lexicon, DataDirectory.Locate());
        }
        catch (DirectoryNotFoundException)
        {
            // No data folder: train on the shared lists alone.
        }
        var fromCorpora = nameCorpora.Sum(pair => GazetteerSources.AddCorpusNames(lexicon, pair.Key, pair.Value));
        CueWords.AddTo(lexicon);
        output.WriteLine($"lexicon: {fromAnergazet} ANERgazet names, {fromCountries} country names, {fromProject} project gazetteer names, {fromCorpora} names from {string.Join('+', nameCorpora.Keys.DefaultIfEmpty("no corpus"))}, {lexicon.Count} entries with cue words");
        return lexicon;
    }

    private static List<TaggedSentence> ReadCorpus(string name, CorpusPaths paths) => name switch
    {
        "anercorp" => NerCorpora.ReadAnercorp(paths.Anercorp),
        "aqmar" => NerCorpora.ReadAqmar(paths.Aqmar),
        _ => NerCorpora.ReadWikiann(paths.Wikiann),
    };

    private static List<(string Name, float Weight)> ParseCorpora(string data, bool allowWeights)
    {
        var corpora = new List<(string, float)>();
        foreach (var item in data.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split(':', 2);
            var name = parts[0].ToLowerInvariant();
            if (name is not ("anercorp" or "aqmar" or "wikiann"))
            {
                throw new FormatException($"{data}: unknown corpus {parts[0]} (anercorp, aqmar, wikiann)");
            }
            var weight = 1f;
            if (parts.Length == 2 && !allowWeights)
            {
                throw new FormatException($"{item}: no weight here");
            }
            if (parts.Length == 2 && (!float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight <= 0))
            {
                throw new FormatException($"{item}: the weight must be a positive number");
            }
            if (corpora.Any(c => c.Item1 == name))
            {
                throw new FormatException($"{name} is listed twice");
            }
            corpora.Add((name, weight));
        }
        return corpora.Count > 0 ? corpora : throw new FormatException($"{data}: no corpus given");
    }
}
