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
    private const int FormatVersion = 4;

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

    // The summed weights of each word's cluster and name-evidence features at each position
    // (TaggerFeatures.TableRows), found by the hash of the word the token view already holds: a
    // token costs one probe of a flat table rather than string look-ups and a probe per feature.
    // Words with the same classes or bins share a row.
    private FeatureTable _tableWords = new([]);
    private int[] _clusterRowOf = [];
    private int[] _evidenceRowOf = [];
    private float[] _clusterRows = [];
    private float[] _evidenceRows = [];
    private float[]? _clusterRare;
    private float[]? _evidenceNone;
    private readonly WordTables _tables;
    private readonly Lazy<WordLists> _lists;

    /// <param name="featureKeys">The key (<see cref="FeatureKey"/>) of each row of <paramref name="weights"/>.</param>
    /// <param name="weights">One row of label scores per feature.</param>
    /// <param name="transitions">Score of each label after each label, with a last row for the sentence start.</param>
    internal NerModel(IReadOnlyList<string> labels, ulong[] featureKeys, float[] weights, float[] transitions, TaggerLexicon lexicon, WordClusters clusters, WordEvidence? evidence = null)
        : this(labels, featureKeys, weights, transitions, lexicon, WordTables.Of(clusters, evidence ?? WordEvidence.Empty, out var words), new Lazy<WordLists>(new WordLists(clusters, evidence ?? WordEvidence.Empty, words)))
    {
    }

    private NerModel(IReadOnlyList<string> labels, ulong[] featureKeys, float[] weights, float[] transitions, TaggerLexicon lexicon, WordTables tables, Lazy<WordLists> lists)
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
        _tables = tables;
        _lists = lists;
        // Tagging adds each word's table rows itself (AddTableRows), so its features need no word lists.
        _features = new TaggerFeatures(lexicon, WordClusters.Empty, WordEvidence.Empty);
        _decoder = new ViterbiDecoder(_labels);
        _outsideLabel = Array.IndexOf(_labels, NerTagNames.Outside);
        BuildTableRows(tables);
    }

    /// <summary>The model's word lists and its words in the order of its tables.</summary>
    private sealed record WordLists(WordClusters Clusters, WordEvidence Evidence, string[] Words);

    /// <summary>The floats of one word's cluster row: its own and its bare reading's classes at each position, per label.</summary>
    private int ClusterRowLength => 2 * TaggerFeatures.ClusterPositions * _labels.Length;

    private void BuildTableRows(WordTables tables)
    {
        const int positions = TaggerFeatures.ClusterPositions;
        const int evidencePositions = TaggerFeatures.EvidencePositions;
        var reach = TaggerFeatures.ClusterReach;
        var evidenceReach = TaggerFeatures.EvidenceReach;
        var labelCount = _labels.Length;
        _tableWords = new FeatureTable(tables.Keys);
        _clusterRowOf = [.. tables.CombinationOf.Select(c => c < 0 ? -1 : c * ClusterRowLength)];
        var evidenceRowLength = (evidencePositions + 1) * labelCount;
        _evidenceRowOf = [.. tables.BinsOf.Select(b => b < 0 ? -1 : b * evidenceRowLength)];
        // Each distinct combination of classes gets its row, written in place.
        _clusterRows = new float[tables.Combinations.Length * ClusterRowLength];
        var classWeights = new ClassWeightRows(this, tables.Combinations);
        for (var c = 0; c < tables.Combinations.Length; c++)
        {
            var row = _clusterRows.AsSpan(c * ClusterRowLength, ClusterRowLength);
            for (var p = -reach; p <= reach; p++)
            {
                classWeights.AddTo(row.Slice((p + reach) * labelCount, labelCount), FeatureTemplate.Cluster, p, tables.Combinations[c]);
                if (Math.Abs(p) <= TaggerFeatures.StemClusterReach)
                {
                    classWeights.AddTo(row.Slice((positions + p + reach) * labelCount, labelCount), FeatureTemplate.StemCluster, p, tables.Combinations[c]);
                }
            }
        }
        _evidenceRows = new float[tables.Bins.Length * evidenceRowLength];
        for (var b = 0; b < tables.Bins.Length; b++)
        {
            var row = _evidenceRows.AsSpan(b * evidenceRowLength, evidenceRowLength);
            for (var p = -evidenceReach; p <= evidenceReach; p++)
            {
                AddWeights(row.Slice((p + evidenceReach) * labelCount, labelCount), TaggerFeatures.TableRows.Evidence(p, tables.Bins[b]));
            }
            AddWeights(row.Slice(evidencePositions * labelCount, labelCount), TaggerFeatures.TableRows.StemEvidence(tables.Bins[b]));
        }
        if (tables.Combinations.Length > 0)
        {
            _clusterRare = new float[positions * labelCount];
            for (var p = -reach; p <= reach; p++)
            {
                AddWeights(_clusterRare.AsSpan((p + reach) * labelCount, labelCount), [TaggerFeatures.TableRows.ClusterRare(p)]);
            }
        }
        if (tables.Bins.Length > 0)
        {
            _evidenceNone = new float[evidencePositions * labelCount];
            for (var p = -evidenceReach; p <= evidenceReach; p++)
            {
                AddWeights(_evidenceNone.AsSpan((p + evidenceReach) * labelCount, labelCount), [TaggerFeatures.TableRows.EvidenceNone(p)]);
            }
        }
    }

    /// <summary>
    /// The weight rows of each class of each clustering level at each position, looked up once:
    /// 33,176 distinct class combinations share 1,344 classes, and a look-up in the model's large
    /// feature table costs a cache miss each time. Rows are added in level order, as the keys are.
    /// </summary>
    private sealed class ClassWeightRows
    {
        private const int Unknown = int.MinValue;
        private readonly NerModel _model;
        private readonly int _levelCount;
        private readonly int _classCount;
        private readonly int[] _rows;

        public ClassWeightRows(NerModel model, int[][] combinations)
        {
            _model = model;
            _levelCount = combinations.Length == 0 ? 0 : combinations[0].Length;
            foreach (var levels in combinations)
            {
                foreach (var cluster in levels)
                {
                    _classCount = Math.Max(_classCount, cluster + 1);
                }
            }
            _rows = new int[2 * TaggerFeatures.ClusterPositions * _levelCount * _classCount];
            Array.Fill(_rows, Unknown);
        }

        public void AddTo(Span<float> row, FeatureTemplate template, int position, int[] levels)
        {
            var table = template == FeatureTemplate.Cluster ? 0 : 1;
            for (var level = 0; level < levels.Length; level++)
            {
                var slot = ((table * TaggerFeatures.ClusterPositions + position + TaggerFeatures.ClusterReach) * _levelCount + level) * _classCount + levels[level];
                var index = _rows[slot];
                if (index == Unknown)
                {
                    index = _rows[slot] = _model._featureIndex.RowOf(TaggerFeatures.TableRows.Cluster(template, position, level, levels[level]));
                }
                if (index >= 0)
                {
                    LabelScores.Add(row, _model._weights.AsSpan(index * row.Length, row.Length));
                }
            }
        }
    }

    private void AddWeights(Span<float> row, IEnumerable<ulong> keys)
    {
        foreach (var key in keys)
        {
            var index = _featureIndex.RowOf(key);
            if (index >= 0)
            {
                LabelScores.Add(row, _weights.AsSpan(index * row.Length, row.Length));
            }
        }
    }

    public IReadOnlyList<string> Labels => _labels;

    public int FeatureCount => _featureKeys.Length;

    public TaggerLexicon Lexicon { get; }

    /// <summary>The word classes the model was trained with; a loaded model reads them from its file when first asked.</summary>
    public WordClusters Clusters => _lists.Value.Clusters;

    /// <summary>The name-cue bins the model was trained with, read as <see cref="Clusters"/> are.</summary>
    public WordEvidence Evidence => _lists.Value.Evidence;

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
        _features.Extract(tokens, buffer, tableKeys: false);
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
                    LabelScores.Add(row, weights.Slice(index * labelCount, labelCount));
                }
            }
        }
        AddTableRows(buffer, tokens.Count, emissions);
        return emissions;
    }

    /// <summary>
    /// Adds each word's cluster and evidence rows to the tokens that read it (itself and its
    /// neighbours), as the keys <see cref="TaggerFeatures"/> leaves out would: the classes of the
    /// word, else of its bare reading, and those of the bare reading besides the word's own; the
    /// word's bins; at the token itself, its bare reading's bins; a mark for a word the tables lack.
    /// </summary>
    private void AddTableRows(FeatureBuffer buffer, int count, float[] emissions)
    {
        if (_clusterRare is null && _evidenceNone is null)
        {
            return;
        }
        const int positions = TaggerFeatures.ClusterPositions;
        const int evidencePositions = TaggerFeatures.EvidencePositions;
        var reach = TaggerFeatures.ClusterReach;
        var evidenceReach = TaggerFeatures.EvidenceReach;
        var labelCount = _labels.Length;
        var views = buffer.Views;
        for (var j = 0; j < count; j++)
        {
            ref readonly var view = ref views[j];
            var own = _tableWords.RowOf(view.Text);
            var bareHash = view.CoreStart >= 0 ? view.Core : view.StemCount > 0 ? view.Stem(view.StemCount - 1) : 0UL;
            var bare = view.CoreStart >= 0 || view.StemCount > 0 ? _tableWords.RowOf(bareHash) : -1;
            var ownCluster = own >= 0 ? _clusterRowOf[own] : -1;
            var bareCluster = bare >= 0 ? _clusterRowOf[bare] : -1;
            var cluster = ownCluster >= 0 ? ownCluster : bareCluster;
            var stemCluster = ownCluster >= 0 ? bareCluster : -1;
            var evidence = own >= 0 ? _evidenceRowOf[own] : -1;
            for (var p = -reach; p <= reach; p++)
            {
                // Word j is read at position p by token j - p.
                var t = j - p;
                if (t < 0 || t >= count)
                {
                    continue;
                }
                var row = emissions.AsSpan(t * labelCount, labelCount);
                var at = (p + reach) * labelCount;
                if (cluster >= 0)
                {
                    Add(row, _clusterRows, cluster + at);
                }
                else if (_clusterRare is not null)
                {
                    Add(row, _clusterRare, at);
                }
                if (stemCluster >= 0)
                {
                    Add(row, _clusterRows, stemCluster + positions * labelCount + at);
                }
                if (Math.Abs(p) > evidenceReach)
                {
                    continue;
                }
                var evidenceAt = (p + evidenceReach) * labelCount;
                if (evidence >= 0)
                {
                    Add(row, _evidenceRows, evidence + evidenceAt);
                }
                else if (_evidenceNone is not null)
                {
                    Add(row, _evidenceNone, evidenceAt);
                }
            }
            if (bare >= 0 && _evidenceRowOf[bare] is var stemEvidence and >= 0)
            {
                Add(emissions.AsSpan(j * labelCount, labelCount), _evidenceRows, stemEvidence + evidencePositions * labelCount);
            }
        }

        static void Add(Span<float> row, float[] table, int start) => LabelScores.Add(row, table.AsSpan(start, row.Length));
    }

    /// <summary>
    /// Writes the model as gzip over a small binary layout: magic, format and feature-template
    /// versions, labels, lexicon entries, clusters, name-cue bins, transitions, then the feature keys and their
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
        WriteTables(writer, _tables, _lists.Value.Words);
    }

    /// <summary>
    /// The word tables as flat arrays (hashes, then each word's combination and bins indices, then
    /// the distinct combinations and bins), and last the words, which only a reader of the word
    /// lists needs.
    /// </summary>
    private static void WriteTables(BinaryWriter writer, WordTables tables, string[] words)
    {
        writer.Write(tables.Keys.Length);
        writer.Write(MemoryMarshal.AsBytes(tables.Keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(tables.CombinationOf.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(tables.BinsOf.AsSpan()));
        var levelCount = tables.Combinations.Length == 0 ? 0 : tables.Combinations[0].Length;
        writer.Write(tables.Combinations.Length);
        writer.Write(levelCount);
        foreach (var combination in tables.Combinations)
        {
            writer.Write(MemoryMarshal.AsBytes(combination.AsSpan()));
        }
        writer.Write(tables.Bins.Length);
        writer.Write(WordEvidence.CueCount);
        foreach (var bins in tables.Bins)
        {
            writer.Write(bins);
        }
        foreach (var word in words)
        {
            writer.Write(word);
        }
    }

    public static NerModel Load(string path)
    {
        var (labels, keys, weights, transitions, lexicon, tables, _) = Read(path, words: false);
        return new NerModel(labels, keys, weights, transitions, lexicon, tables, new Lazy<WordLists>(() =>
        {
            var words = Read(path, words: true).Words!;
            var (clusters, evidence) = tables.Lists(words);
            return new WordLists(clusters, evidence, words);
        }));
    }

    private static (string[] Labels, ulong[] Keys, float[] Weights, float[] Transitions, TaggerLexicon Lexicon, WordTables Tables, string[]? Words) Read(string path, bool words)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            // Buffered: the reader takes strings and counts a byte at a time, and every read of a
            // decompressing stream takes its lock, which made loading cost a third of a second.
            using var buffered = new BufferedStream(gzip, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
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
                lexicon.AddFolded(className, reader.ReadString());
            }
            var transitions = new float[(labels.Length + 1) * labels.Length];
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }
            var featureCount = reader.ReadInt32();
            var keys = new ulong[featureCount];
            buffered.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            var half = new Half[featureCount * labels.Length];
            buffered.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
            var weights = new float[half.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = (float)half[i];
            }
            var tables = ReadTables(reader, buffered);
            string[]? wordList = null;
            if (words)
            {
                wordList = new string[tables.Keys.Length];
                for (var i = 0; i < wordList.Length; i++)
                {
                    wordList[i] = reader.ReadString();
                }
            }
            return (labels, keys, weights, transitions, lexicon, tables, wordList);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException && e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static WordTables ReadTables(BinaryReader reader, Stream stream)
    {
        var count = reader.ReadInt32();
        var keys = new ulong[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var combinationOf = new int[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(combinationOf.AsSpan()));
        var binsOf = new int[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(binsOf.AsSpan()));
        var combinations = new int[reader.ReadInt32()][];
        var levelCount = reader.ReadInt32();
        for (var c = 0; c < combinations.Length; c++)
        {
            combinations[c] = new int[levelCount];
            stream.ReadExactly(MemoryMarshal.AsBytes(combinations[c].AsSpan()));
        }
        var bins = new byte[reader.ReadInt32()][];
        var cueCount = reader.ReadInt32();
        if (bins.Length > 0 && cueCount != WordEvidence.CueCount)
        {
            throw new InvalidDataException($"{cueCount} name cues per word; this build reads {WordEvidence.CueCount}");
        }
        for (var b = 0; b < bins.Length; b++)
        {
            bins[b] = reader.ReadBytes(cueCount);
            if (bins[b].Length != cueCount)
            {
                throw new EndOfStreamException("the model ends inside its name-cue bins");
            }
        }
        if (combinationOf.Any(c => c >= combinations.Length) || binsOf.Any(b => b >= bins.Length))
        {
            throw new InvalidDataException("a word's table index is past its table");
        }
        return new WordTables(keys, combinationOf, combinations, binsOf, bins);
    }
}
