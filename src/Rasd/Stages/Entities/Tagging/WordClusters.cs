namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Folded words mapped to their cluster path: the word's class at each clustering size, coarse
/// to fine, joined by '/' (see <see cref="ExchangeClustering"/>). Empty when the model was trained
/// without clusters.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, string> _paths;

    public WordClusters(IReadOnlyDictionary<string, string> paths)
    {
        _paths = new Dictionary<string, string>(paths, StringComparer.Ordinal);
    }

    public static WordClusters Empty { get; } = new(new Dictionary<string, string>());

    public int Count => _paths.Count;

    public IReadOnlyDictionary<string, string> Paths => _paths;

    public string? Find(string word) => _paths.GetValueOrDefault(word);
}
