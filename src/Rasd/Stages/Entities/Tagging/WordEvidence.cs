using Rasd.Data;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// What the bulk corpus says about a folded word as the tagger reads it: for each name cue
/// (<see cref="WordNameCounts"/>: after a title, beside a reporting verb, closing its subject, second after a title, after an organization's head noun or a place cue) a bin of how often the word stood there,
/// on a log scale, crossed with the share of its occurrences that was (<see cref="Bins"/>).
/// Built from <c>data/statistics/word-names.tsv.gz</c> and saved inside the model. Looked up by
/// span as well as by string, like <see cref="WordClusters"/>.
/// </summary>
public sealed class WordEvidence
{
    /// <summary>The cues, in the order of their bins.</summary>
    public const int CueCount = 4;

    private readonly Dictionary<string, byte[]> _bins;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordEvidence(IReadOnlyDictionary<string, byte[]> bins)
    {
        _bins = new Dictionary<string, byte[]>(bins, StringComparer.Ordinal);
        _bySpan = _bins.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_bins.Values.Any(row => row.Length != CueCount))
        {
            throw new ArgumentException($"every word needs {CueCount} bins", nameof(bins));
        }
    }

    public static WordEvidence Empty { get; } = new(new Dictionary<string, byte[]>());

    public int Count => _bins.Count;

    public IReadOnlyDictionary<string, byte[]> Words => _bins;

    public byte[]? Find(string word) => _bins.GetValueOrDefault(word);

    public byte[]? Find(ReadOnlySpan<char> word) => _bySpan.TryGetValue(word, out var bins) ? bins : null;

    /// <summary>The bins of every word of the statistics file.</summary>
    public static WordEvidence From(WordNameStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var bins = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (word, counts) in statistics.Words)
        {
            bins[word] = Bins(counts);
        }
        return new WordEvidence(bins);
    }

    /// <summary>
    /// The bin of each cue: when the word never stood there, 1 + how common the word is (log₄ of
    /// its occurrences, so that «never, in thousands of uses» differs from «never, in five»); else
    /// 16 × (1 + log₂ of the count, at most 8) + the share of its occurrences (under 1 %, 5 %, 20 %,
    /// more). The tagger reads the first four cues of the statistics file (after a title, before and
    /// after a reporting verb, closing its subject): the other three did not help it on held-out text.
    /// </summary>
    public static byte[] Bins(WordNameCounts counts)
    {
        int[] cues = [counts.AfterTitle, counts.BeforeReportingVerb, counts.AfterReportingVerb, counts.EndsSpeaker];
        var bins = new byte[CueCount];
        for (var i = 0; i < CueCount; i++)
        {
            var count = cues[i];
            if (count <= 0)
            {
                bins[i] = (byte)(1 + Math.Min(Log2(counts.Occurrences) / 2, 10));
                continue;
            }
            var share = (double)count / Math.Max(counts.Occurrences, count);
            var shareBin = share < 0.01 ? 0 : share < 0.05 ? 1 : share < 0.2 ? 2 : 3;
            bins[i] = (byte)(16 * (1 + Math.Min(Log2(count), 8)) + shareBin);
        }
        return bins;
    }

    private static int Log2(int value) => value <= 1 ? 0 : System.Numerics.BitOperations.Log2((uint)value);
}
