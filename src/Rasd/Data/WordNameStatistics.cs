using System.Globalization;
using System.Numerics;
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

    // Some 160,000 words, read at every start-up: held as one string of every word, one after the
    // other, with an open-addressing table of their indices, rather than as a string and a
    // dictionary entry each, which cost a third of a second of allocating and collecting.
    private readonly string _text;
    private readonly int[] _ends;
    private readonly WordNameCounts[] _counts;
    private readonly int[] _slots;

    private WordNameStatistics(string text, int[] ends, WordNameCounts[] counts)
    {
        _text = text;
        _ends = ends;
        _counts = counts;
        _slots = new int[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)(counts.Length * 2)))];
        for (var i = 0; i < counts.Length; i++)
        {
            var slot = SlotOf(WordAt(i));
            _slots[slot] = i + 1;
        }
    }

    public static WordNameStatistics Empty { get; } = new(string.Empty, [], []);

    public int Count => _counts.Length;

    /// <summary>Every word with its counts, in the order of the file.</summary>
    public IEnumerable<KeyValuePair<string, WordNameCounts>> Words
    {
        get
        {
            for (var i = 0; i < _counts.Length; i++)
            {
                yield return new KeyValuePair<string, WordNameCounts>(WordAt(i).ToString(), _counts[i]);
            }
        }
    }

    /// <summary>The counts of a folded word, or null when the corpus had it too rarely to say.</summary>
    public WordNameCounts? Of(string foldedWord) => Of(foldedWord.AsSpan());

    /// <inheritdoc cref="Of(string)"/>
    public WordNameCounts? Of(ReadOnlySpan<char> foldedWord) => _slots[SlotOf(foldedWord)] is > 0 and var index ? _counts[index - 1] : null;

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
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        return Read(reader, path);
    }

    public static WordNameStatistics Read(TextReader reader, string source)
    {
        var text = new StringBuilder(1 << 21);
        var ends = new List<int>(1 << 17);
        var counts = new List<WordNameCounts>(1 << 17);
        Dictionary<string, int>? indexOf = null;
        Span<int> values = stackalloc int[11];
        var lineNumber = 0;
        var greatest = string.Empty;
        var greatestTab = 0;
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
            values[fields..].Clear();
            var entry = new WordNameCounts(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10]);
            var word = line.AsSpan(0, tab);
            // A file is sorted and holds each word once: a word after every word so far is new. A word
            // given twice keeps its last counts.
            if (word.SequenceCompareTo(greatest.AsSpan(0, greatestTab)) > 0)
            {
                (greatest, greatestTab) = (line, tab);
            }
            else
            {
                indexOf ??= IndexOf(text, ends);
                if (indexOf.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var earlier))
                {
                    counts[earlier] = entry;
                    continue;
                }
            }
            indexOf?.Add(word.ToString(), ends.Count);
            text.Append(word);
            ends.Add(text.Length);
            counts.Add(entry);
        }
        return new WordNameStatistics(text.ToString(), [.. ends], [.. counts]);
    }

    private ReadOnlySpan<char> WordAt(int index) => _text.AsSpan()[(index == 0 ? 0 : _ends[index - 1]).._ends[index]];

    /// <summary>The slot of a word: its own when it is held, else the empty slot where it would go.</summary>
    private int SlotOf(ReadOnlySpan<char> word)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(Hash(word) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var held = _slots[slot];
            if (held == 0 || WordAt(held - 1).SequenceEqual(word))
            {
                return slot;
            }
        }
    }

    /// <summary>FNV-1a over the characters: fixed from run to run and cheap for short words.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    /// <summary>The index of every word read so far, for the rare file that is not sorted.</summary>
    private static Dictionary<string, int> IndexOf(StringBuilder text, List<int> ends)
    {
        var all = text.ToString();
        var indexOf = new Dictionary<string, int>(ends.Count, StringComparer.Ordinal);
        for (var i = 0; i < ends.Count; i++)
        {
            indexOf[all[(i == 0 ? 0 : ends[i - 1])..ends[i]]] = i;
        }
        return indexOf;
    }

    /// <summary>Reads tab-separated counts into <paramref name="values"/>; their number, or -1 when one is no count or there are too many.</summary>
    private static int ParseCounts(ReadOnlySpan<char> fields, Span<int> values)
    {
        var count = 0;
        var value = 0L;
        var digits = 0;
        for (var i = 0; i <= fields.Length; i++)
        {
            if (i == fields.Length || fields[i] == '\t')
            {
                if (digits == 0 || count == values.Length)
                {
                    return -1;
                }
                values[count++] = (int)value;
                value = 0;
                digits = 0;
            }
            else if (char.IsAsciiDigit(fields[i]) && (value = value * 10 + (fields[i] - '0')) <= int.MaxValue)
            {
                digits++;
            }
            else
            {
                return -1;
            }
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
