using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Folded words mapped to their classes: the word's class at each clustering level, coarse to
/// fine. Empty when the model was trained without clusters. Looked up by span as well as by
/// string, so that a token's readings find their classes without building strings. Saved as a
/// tab-separated file (<c>data/statistics/word-clusters.tsv.gz</c>, made by <c>rasd train-clusters</c>).
/// </summary>
public sealed class WordClusters
{
    public const string RelativePath = "statistics/word-clusters.tsv.gz";

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

    /// <summary>
    /// Writes one line per word, commonest first: the word, its count in the clustered text and its
    /// class at each level, under a <c>#</c> line naming the levels by their class counts.
    /// </summary>
    public void Write(string path, IReadOnlyList<int> classCounts, IReadOnlyDictionary<string, long> wordCounts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.WriteLine("# word\tcount\t" + string.Join('\t', classCounts.Select(count => string.Create(CultureInfo.InvariantCulture, $"class_of_{count}")))
            + " (folded words; exchange clusters of the bulk corpus, rasd train-clusters)");
        foreach (var (word, levels) in _levels.OrderByDescending(pair => wordCounts.GetValueOrDefault(pair.Key)).ThenBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{wordCounts.GetValueOrDefault(word)}\t{string.Join('\t', levels)}"));
        }
    }

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    public static WordClusters Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var levels = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lineNumber = 0;
        var levelCount = -1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            if (levelCount < 0)
            {
                levelCount = fields.Length - 2;
            }
            var classes = new int[Math.Max(levelCount, 0)];
            if (levelCount < 1 || fields.Length != levelCount + 2 || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                || !fields.Skip(2).Select((field, i) => int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out classes[i])).All(ok => ok))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected a word, its count and {Math.Max(levelCount, 1)} class numbers");
            }
            levels[fields[0]] = classes;
        }
        return new WordClusters(levels);
    }
}
