namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Folded words mapped to their classes: the word's class at each clustering level, coarse to
/// fine. Empty when the model was trained without clusters. Looked up by span as well as by
/// string, so that a token's readings find their classes without building strings.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int[]> _levels;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordClusters(IReadOnlyDictionary<string, int[]> levels)
    {
        _levels = new Dictionary<string, int[]>(levels, StringComparer.Ordinal);
        _bySpan = _levels.GetAlternateLookup<ReadOnlySpan<char>>();
        LevelCount = _levels.Count == 0 ? 0 : _levels.Values.First().Length;
        if (_levels.Values.Any(path => path.Length != LevelCount))
        {
            throw new ArgumentException("every word needs a class at every level", nameof(levels));
        }
    }

    public static WordClusters Empty { get; } = new(new Dictionary<string, int[]>());

    public int Count => _levels.Count;

    /// <summary>How many clusterings each word has a class in.</summary>
    public int LevelCount { get; }

    public IReadOnlyDictionary<string, int[]> Levels => _levels;

    public int[]? Find(string word) => _levels.GetValueOrDefault(word);

    public int[]? Find(ReadOnlySpan<char> word) => _bySpan.TryGetValue(word, out var levels) ? levels : null;
}
