namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The model's cluster classes and name-cue bins by word hash, as tagging reads them: each word's
/// hash (<see cref="FeatureKey.Text(ReadOnlySpan{char})"/>), the index of its class combination
/// and of its bins (−1 for none), and each distinct combination and bins once. Saved in the model
/// as flat arrays, so that loading builds the tagger's tables without reading a string per word;
/// the words themselves follow at the file's end, read only when asked for.
/// </summary>
internal sealed record WordTables(ulong[] Keys, int[] CombinationOf, int[][] Combinations, int[] BinsOf, byte[][] Bins)
{
    /// <summary>The tables of word lists, words in ordinal order, rows shared by content.</summary>
    public static WordTables Of(WordClusters clusters, WordEvidence evidence, out string[] words)
    {
        var ordered = clusters.Levels.Keys.Concat(evidence.Words.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var keys = new List<ulong>(ordered.Count);
        var kept = new List<string>(ordered.Count);
        var seen = new HashSet<ulong>(ordered.Count);
        var combinationOf = new List<int>(ordered.Count);
        var binsOf = new List<int>(ordered.Count);
        var combinations = new Dictionary<int[], int>(ContentComparer<int>.Instance);
        var bins = new Dictionary<byte[], int>(ContentComparer<byte>.Instance);
        foreach (var word in ordered)
        {
            var key = FeatureKey.Text(word);
            if (!seen.Add(key))
            {
                continue;
            }
            keys.Add(key);
            kept.Add(word);
            combinationOf.Add(clusters.Find(word) is { } levels ? IndexOf(combinations, levels) : -1);
            binsOf.Add(evidence.Find(word) is { } row ? IndexOf(bins, row) : -1);
        }
        words = [.. kept];
        return new WordTables([.. keys], [.. combinationOf], [.. combinations.OrderBy(p => p.Value).Select(p => p.Key)], [.. binsOf], [.. bins.OrderBy(p => p.Value).Select(p => p.Key)]);
    }

    /// <summary>The word lists the tables were made from, given the words in the tables' order.</summary>
    public (WordClusters Clusters, WordEvidence Evidence) Lists(IReadOnlyList<string> words)
    {
        var levels = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var cues = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (CombinationOf[i] >= 0)
            {
                levels[words[i]] = Combinations[CombinationOf[i]];
            }
            if (BinsOf[i] >= 0)
            {
                cues[words[i]] = Bins[BinsOf[i]];
            }
        }
        return (new WordClusters(levels), new WordEvidence(cues));
    }

    private static int IndexOf<T>(Dictionary<T[], int> shared, T[] row)
    {
        if (!shared.TryGetValue(row, out var index))
        {
            index = shared[row] = shared.Count;
        }
        return index;
    }
}
