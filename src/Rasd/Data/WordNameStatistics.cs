using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Rasd.Data;

/// <summary>
/// How often each word of real news is part of a name: for every folded word seen often enough in
/// the bulk corpus, its occurrences and how many of them the name tagger put inside a person,
/// organization or place name (<c>data/statistics/word-names.tsv.gz</c>, built by
/// <c>rasd build-name-statistics</c>), and how often it stood where names stand (after a title,
/// beside a reporting verb), which the name tagger reads as evidence. It tells a word that is a name elsewhere (موانغي) from one
/// that never is (عزمه، زيارة), which no hand list can do for words it has not met.
/// </summary>
public sealed class WordNameStatistics
{
    public const string RelativePath = "statistics/word-names.tsv.gz";

    private readonly Dictionary<string, WordNameCounts> _counts;

    private WordNameStatistics(Dictionary<string, WordNameCounts> counts) => _counts = counts;

    public static WordNameStatistics Empty { get; } = new(new Dictionary<string, WordNameCounts>(StringComparer.Ordinal));

    public int Count => _counts.Count;

    /// <summary>Every word with its counts.</summary>
    public IReadOnlyDictionary<string, WordNameCounts> Words => _counts;

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

    /// <remarks>
    /// Parsed field by field over each line's characters, without splitting it into strings: the
    /// file has some 160,000 lines and is read at every start-up, where splitting cost most of a second.
    /// </remarks>
    public static WordNameStatistics Read(TextReader reader, string source)
    {
        var counts = new Dictionary<string, WordNameCounts>(1 << 17, StringComparer.Ordinal);
        Span<int> values = stackalloc int[11];
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            // A file of the name counts alone (five columns) has no cue counts: they read as zero.
            var fields = tab > 0 ? ParseCounts(line.AsSpan(tab + 1), values) : -1;
            if (fields is not (4 or 11))
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected word, occurrences, as person, as organization, as place, after a title, before and after a reporting verb, ending a speaker, second after a title, after an organization head, after a place cue");
            }
            if (fields == 4)
            {
                values[4..].Clear();
            }
            counts[line[..tab]] = new WordNameCounts(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10]);
        }
        counts.TrimExcess();
        return new WordNameStatistics(counts);
    }

    /// <summary>Reads tab-separated counts into <paramref name="values"/>; their number, or -1 when one is no count or there are too many.</summary>
    private static int ParseCounts(ReadOnlySpan<char> fields, Span<int> values)
    {
        var count = 0;
        foreach (var range in fields.Split('\t'))
        {
            if (count == values.Length || !int.TryParse(fields[range], NumberStyles.None, CultureInfo.InvariantCulture, out values[count]))
            {
                return -1;
            }
            count++;
        }
        return count;
    }

    public static void Write(TextWriter writer, IEnumerable<KeyValuePair<string, WordNameCounts>> counts)
    {
        writer.WriteLine("# word\toccurrences\tas_person\tas_organization\tas_place\tafter_title\tbefore_reporting_verb\tafter_reporting_verb\tends_speaker\tsecond_after_title\tafter_organization_head\tafter_place_cue (folded words; name counts of the name tagger, cue counts of the text, over the bulk corpus)");
        foreach (var (word, c) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{c.Occurrences}\t{c.AsPerson}\t{c.AsOrganization}\t{c.AsPlace}\t{c.AfterTitle}\t{c.BeforeReportingVerb}\t{c.AfterReportingVerb}\t{c.EndsSpeaker}\t{c.SecondAfterTitle}\t{c.AfterOrganizationHead}\t{c.AfterPlaceCue}"));
        }
    }
}
