using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Rasd.Data;

/// <summary>
/// How often each word of real news is part of a name: for every folded word seen often enough in
/// the bulk corpus, its occurrences and how many of them the name tagger put inside a person,
/// organization or place name (<c>data/statistics/word-names.tsv.gz</c>, built by
/// <c>rasd build-name-statistics</c>). It tells a word that is a name elsewhere (موانغي) from one
/// that never is (عزمه، زيارة), which no hand list can do for words it has not met.
/// </summary>
public sealed class WordNameStatistics
{
    public const string RelativePath = "statistics/word-names.tsv.gz";

    private readonly Dictionary<string, WordNameCounts> _counts;

    private WordNameStatistics(Dictionary<string, WordNameCounts> counts) => _counts = counts;

    public static WordNameStatistics Empty { get; } = new(new Dictionary<string, WordNameCounts>(StringComparer.Ordinal));

    public int Count => _counts.Count;

    /// <summary>The counts of a folded word, or null when the corpus had it too rarely to say.</summary>
    public WordNameCounts? Of(string foldedWord) => _counts.TryGetValue(foldedWord, out var counts) ? counts : null;

    /// <summary>Reads the statistics file, or <see cref="Empty"/> when the data folder has none.</summary>
    public static WordNameStatistics Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RelativePath);
        if (!File.Exists(path))
        {
            return Empty;
        }
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return Read(reader, path);
    }

    public static WordNameStatistics Read(TextReader reader, string source)
    {
        var counts = new Dictionary<string, WordNameCounts>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 5 || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out var total)
                || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out var person)
                || !int.TryParse(fields[3], CultureInfo.InvariantCulture, out var org)
                || !int.TryParse(fields[4], CultureInfo.InvariantCulture, out var place))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected word, occurrences, as person, as organization, as place");
            }
            counts[fields[0]] = new WordNameCounts(total, person, org, place);
        }
        return new WordNameStatistics(counts);
    }

    public static void Write(TextWriter writer, IEnumerable<KeyValuePair<string, WordNameCounts>> counts)
    {
        writer.WriteLine("# word\toccurrences\tas_person\tas_organization\tas_place (folded words; counts of the name tagger over the bulk corpus)");
        foreach (var (word, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{c.Occurrences}\t{c.AsPerson}\t{c.AsOrganization}\t{c.AsPlace}"));
        }
    }
}
