using System.Text.Json;
using Rasd.Text;

namespace Rasd.Input;

/// <summary>
/// Reads JSON Lines corpora of <c>{title, date, text}</c> objects, one article per line, as a
/// stream: one line in memory at a time, the byte limit applying to each record. A malformed line
/// becomes a problem naming <c>FILE:LINE</c>, and the lines after it are still read.
/// </summary>
internal static class JsonLinesReader
{
    public static bool HasJsonLinesName(string file) =>
        file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the records of <paramref name="stream"/>; <paramref name="name"/> names the articles, <paramref name="location"/> the problems.</summary>
    public static IEnumerable<InputItem> Read(string name, string location, Stream stream, long maxBytes)
    {
        var lines = new ByteLineReader(stream, maxBytes);
        while (lines.ReadLine() is { } line)
        {
            var where = $"{location}:{lines.LineNumber}";
            if (lines.LineWasOversized)
            {
                yield return InputItem.Refused(where, $"record is over the limit of {maxBytes:N0} bytes per article (raise it with --max-bytes)");
                continue;
            }
            var bytes = TrimLine(line.Span, lines.LineNumber == 1);
            if (bytes.IsEmpty)
            {
                continue;
            }
            yield return ParseRecord($"{name}#{lines.LineNumber}", where, bytes);
        }
    }

    private static InputItem ParseRecord(string articleName, string where, ReadOnlySpan<byte> bytes)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return InputItem.Refused(where, $"not a JSON object ({e.Message})");
        }
        catch (ArgumentException e)
        {
            return InputItem.Refused(where, $"not valid UTF-8 JSON ({e.Message})");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return InputItem.Refused(where, $"not a JSON object but {root.ValueKind switch { JsonValueKind.Array => "an array", JsonValueKind.String => "a string", JsonValueKind.Number => "a number", _ => "a literal" }}");
        }
        try
        {
            var body = Get(root, "text") ?? Get(root, "content") ?? Get(root, "body");
            if (body is null)
            {
                return InputItem.Refused(where, "no \"text\" field");
            }
            // A record with a blank title and text is still a record of the corpus: it is analyzed
            // (and yields nothing), so that every line of a corpus has its record.
            return InputItem.Of(ExtractedArticle.Create(articleName, "jsonl", "utf-8", Get(root, "title"), body,
                DateMetadata.ToIsoDay(Get(root, "date") ?? Get(root, "published")), Get(root, "source")));
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses to decode a string holding a lone surrogate escape (\ud800).
            return InputItem.Refused(where, $"a string is not valid Unicode ({e.Message})");
        }
    }

    /// <summary>Drops surrounding whitespace (and a byte order mark on the first line).</summary>
    private static ReadOnlySpan<byte> TrimLine(ReadOnlySpan<byte> line, bool first)
    {
        if (first && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }
        return line.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
