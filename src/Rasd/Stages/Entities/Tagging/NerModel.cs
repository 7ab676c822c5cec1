using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// A trained named-entity tagger: a linear model over <see cref="TaggerFeatures"/> with first-order
/// label transitions, decoded by constrained Viterbi into IOB2 tags (PER, LOC, ORG, MISC). Trained by
/// <see cref="NerTrainer"/> (an averaged structured perceptron), saved as one gzip file that also
/// holds the word lists and clusters its features use. Immutable once built, so one instance may
/// tag from many threads. As an <see cref="INameTagger"/> it proposes the names the gazetteers lack.
/// </summary>
public sealed class NerModel : INameTagger
{
    private const string Magic = "RASD-NER";
    private const int FormatVersion = 2;

    [ThreadStatic]
    private static FeatureBuffer? _buffer;

    private readonly string[] _labels;
    private readonly ulong[] _featureKeys;
    private readonly FeatureTable _featureIndex;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly TaggerFeatures _features;
    private readonly ViterbiDecoder _decoder;
    private readonly int _outsideLabel;

    /// <param name="featureKeys">The key (<see cref="FeatureKey"/>) of each row of <paramref name="weights"/>.</param>
    /// <param name="weights">One row of label scores per feature.</param>
    /// <param name="transitions">Score of each label after each label, with a last row for the sentence start.</param>
    internal NerModel(IReadOnlyList<string> labels, ulong[] featureKeys, float[] weights, float[] transitions, TaggerLexicon lexicon, WordClusters clusters)
    {
        _labels = [.. labels];
        if (weights.Length != featureKeys.Length * _labels.Length || transitions.Length != (_labels.Length + 1) * _labels.Length)
        {
            throw new ArgumentException("weights do not match the labels and features");
        }
        _featureKeys = featureKeys;
        _featureIndex = new FeatureTable(featureKeys);
        _weights = weights;
        _transitions = transitions;
        Lexicon = lexicon;
        Clusters = clusters;
        _features = new TaggerFeatures(lexicon, clusters);
        _decoder = new ViterbiDecoder(_labels);
        _outsideLabel = Array.IndexOf(_labels, NerTagNames.Outside);
    }

    public IReadOnlyList<string> Labels => _labels;

    public int FeatureCount => _featureKeys.Length;

    public TaggerLexicon Lexicon { get; }

    public WordClusters Clusters { get; }

    /// <summary>Trains a model; see <see cref="NerTrainer.Train"/>.</summary>
    public static NerModel Train(IReadOnlyList<TrainingSet> sets, TaggerLexicon lexicon, NerTrainingOptions options) =>
        NerTrainer.Train(sets, lexicon, options);

    /// <summary>
    /// IOB2 tags for the words of one sentence, one per word. Words may be surface or folded text;
    /// a word that is only punctuation is tagged O (the pipeline never shows the tagger punctuation).
    /// </summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var input = TaggerInput.FromWords(words);
        var tokenTags = TagTokens(input.Tokens).Select(label => _labels[label]).ToArray();
        return input.WordTags(tokenTags);
    }

    /// <summary>
    /// IOB2 tags for the sentences of one document (an article). Each sentence is tagged alone
    /// first; then a token left O that reads like a name found elsewhere in the document (the
    /// surname of a person named in full earlier, a club named once after its title) is nudged
    /// towards that entity's type and its sentence decoded again. Names repeat within an article,
    /// and the later, bare mentions are the hard ones. <paramref name="window"/> limits the
    /// document to that many sentences either side of each one, for corpora without article
    /// boundaries.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, int window = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var inputs = sentences.Select(TaggerInput.FromWords).ToArray();
        var emissions = inputs.Select(input => Emissions(input.Tokens)).ToArray();
        var firstPass = inputs.Select((input, i) => _decoder.Decode(emissions[i], _transitions, input.Tokens.Count)).ToArray();
        var memory = new DocumentMemory(inputs.Select((input, i) => (input.Tokens, Spans: BioTags.Spans(firstPass[i].Select(label => _labels[label]).ToArray()))).ToList());
        var result = new IReadOnlyList<string>[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var labels = firstPass[i];
            var hints = memory.Hints(i, window, labels.Select(label => label == _outsideLabel).ToArray());
            if (hints.Count > 0)
            {
                var nudged = (float[])emissions[i].Clone();
                foreach (var (token, type) in hints)
                {
                    nudged[token * _labels.Length + Array.IndexOf(_labels, "B-" + type)] += DocumentMemory.Bonus;
                    nudged[token * _labels.Length + Array.IndexOf(_labels, "I-" + type)] += DocumentMemory.Bonus;
                }
                labels = _decoder.Decode(nudged, _transitions, inputs[i].Tokens.Count);
            }
            result[i] = inputs[i].WordTags(labels.Select(label => _labels[label]).ToArray());
        }
        return result;
    }

    /// <summary>Label indices for folded tokens (as <see cref="TaggerInput"/> makes them).</summary>
    internal int[] TagTokens(IReadOnlyList<string> tokens) =>
        _decoder.Decode(Emissions(tokens), _transitions, tokens.Count);

    /// <summary>The score of each label at each token (token-major), from the observation features.</summary>
    private float[] Emissions(IReadOnlyList<string> tokens)
    {
        var labelCount = _labels.Length;
        var emissions = new float[tokens.Count * labelCount];
        if (tokens.Count == 0)
        {
            return emissions;
        }
        var buffer = _buffer ??= new FeatureBuffer();
        _features.Extract(tokens, buffer);
        var keys = buffer.Keys;
        var weights = _weights.AsSpan();
        for (var t = 0; t < tokens.Count; t++)
        {
            var row = emissions.AsSpan(t * labelCount, labelCount);
            for (var k = buffer.Start(t); k < buffer.Start(t + 1); k++)
            {
                var index = _featureIndex.RowOf(keys[k]);
                if (index >= 0)
                {
                    var scores = weights.Slice(index * labelCount, labelCount);
                    for (var y = 0; y < labelCount; y++)
                    {
                        row[y] += scores[y];
                    }
                }
            }
        }
        return emissions;
    }

    /// <summary>
    /// Writes the model as gzip over a small binary layout: magic, format and feature-template
    /// versions, labels, lexicon entries, clusters, transitions, then the feature keys and their
    /// label weights as half-precision floats, each as one block of little-endian bytes (the trainer
    /// already rounds the weights, so a saved model tags exactly as the trained one did).
    /// </summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(TaggerFeatures.TemplateVersion);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }
        writer.Write(Lexicon.Count);
        foreach (var (className, phrase) in Lexicon.Entries)
        {
            writer.Write(className);
            writer.Write(phrase);
        }
        writer.Write(Clusters.Count);
        writer.Write(Clusters.LevelCount);
        foreach (var (word, levels) in Clusters.Levels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            foreach (var level in levels)
            {
                writer.Write(level);
            }
        }
        foreach (var value in _transitions)
        {
            writer.Write(value);
        }
        writer.Write(_featureKeys.Length);
        writer.Write(MemoryMarshal.AsBytes(_featureKeys.AsSpan()));
        var half = new Half[_weights.Length];
        for (var i = 0; i < half.Length; i++)
        {
            half[i] = (Half)_weights[i];
        }
        writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
    }

    public static NerModel Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("not a Rasd NER model");
            }
            var format = reader.ReadInt32();
            var template = reader.ReadInt32();
            if (format != FormatVersion || template != TaggerFeatures.TemplateVersion)
            {
                throw new InvalidDataException($"model format {format}/features {template}; this build reads {FormatVersion}/{TaggerFeatures.TemplateVersion}: retrain with rasd train-ner");
            }
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }
            var lexicon = new TaggerLexicon();
            var lexiconCount = reader.ReadInt32();
            for (var i = 0; i < lexiconCount; i++)
            {
                var className = reader.ReadString();
                lexicon.Add(className, reader.ReadString());
            }
            var clusterCount = reader.ReadInt32();
            var levelCount = reader.ReadInt32();
            var clusterLevels = new Dictionary<string, int[]>(clusterCount, StringComparer.Ordinal);
            for (var i = 0; i < clusterCount; i++)
            {
                var word = reader.ReadString();
                var levels = new int[levelCount];
                for (var level = 0; level < levelCount; level++)
                {
                    levels[level] = reader.ReadInt32();
                }
                clusterLevels[word] = levels;
            }
            var transitions = new float[(labels.Length + 1) * labels.Length];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }
            var featureCount = reader.ReadInt32();
            var keys = new ulong[featureCount];
            gzip.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            var half = new Half[featureCount * labels.Length];
            gzip.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
            var weights = new float[half.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = (float)half[i];
            }
            return new NerModel(labels, keys, weights, transitions, lexicon, new WordClusters(clusterLevels));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException && e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
