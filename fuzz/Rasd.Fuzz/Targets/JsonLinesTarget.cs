using Rasd.Fuzz.Checks;
using Rasd.Input;

namespace Rasd.Fuzz.Targets;

/// <summary>
/// Bytes streamed as JSON Lines, with a small per-record limit so that oversized lines are reached
/// too. Each item must keep the readers' promises, and every line that is not blank must give
/// exactly one item, in order, named after its line.
/// </summary>
public sealed class JsonLinesTarget : IFuzzTarget
{
    public const int MaxRecordBytes = 4096;
    private const string Source = "fuzz.jsonl";

    public string Name => "jsonl";

    public string Description => "JsonLinesReader (a stream of JSON Lines to articles and problems)";

    public void Run(byte[] input)
    {
        var items = JsonLinesReader.Read(Source, Source, new MemoryStream(input), MaxRecordBytes).ToList();
        foreach (var item in items)
        {
            InputItemCheck.Verify(item, Source);
        }
        var expected = RecordLines(input);
        if (items.Count != expected.Count)
        {
            throw new InvariantViolation($"{expected.Count} lines are not blank but the reader yields {items.Count} items");
        }
        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i].Article?.File ?? items[i].Problem!.Location;
            var suffix = $"{(items[i].Article is null ? ':' : '#')}{expected[i]}";
            if (!name.EndsWith(suffix, StringComparison.Ordinal))
            {
                throw new InvariantViolation($"item {i} is named {name}, but comes from line {expected[i]}");
            }
        }
    }

    /// <summary>The numbers of the lines that must give an item: those over the limit, and those not blank once trimmed.</summary>
    private static List<long> RecordLines(byte[] input)
    {
        var lines = new List<long>();
        var start = 0;
        var number = 0L;
        while (start < input.Length)
        {
            var newline = Array.IndexOf(input, (byte)'\n', start);
            var end = newline < 0 ? input.Length : newline;
            number++;
            var line = input.AsSpan(start, end - start);
            if (number == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && line.Length <= MaxRecordBytes)
            {
                line = line[3..];
            }
            if (end - start > MaxRecordBytes || !line.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
            {
                lines.Add(number);
            }
            start = end + 1;
        }
        return lines;
    }
}
