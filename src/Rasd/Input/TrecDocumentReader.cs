using System.Globalization;
using System.Net;
using System.Text;
using Rasd.Text;

namespace Rasd.Input;

/// <summary>
/// Reads TREC-style corpus files (<c>&lt;DOC&gt;</c> records with <c>TITLE</c>, <c>TIME</c>,
/// <c>TEXT</c>, as in the ANT corpus) as a stream: one record in memory at a time, each decoded on
/// its own and bounded by the byte limit. A file of one record names its article after the file;
/// in a file of several each is named <c>FILE#DOCNO</c>, so one record is held back until the next
/// shows which case it is.
/// </summary>
internal static class TrecDocumentReader
{
    private static readonly byte[] Open = "<DOC>"u8.ToArray();
    private static readonly byte[] Close = "</DOC>"u8.ToArray();

    public static bool Accepts(ReadOnlySpan<byte> head) => StartsWithIgnoringCase(SkipLeadingSpace(head), Open);

    public static bool Accepts(string text) => text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<InputItem> Read(string name, string location, Stream stream, long maxBytes)
    {
        var lines = new ByteLineReader(stream, maxBytes);
        var record = new MemoryStream();
        var inRecord = false;
        var skipping = false;
        long recordLine = 0;
        var index = 0;
        (string? Number, ArticleInput Article)? held = null;
        var several = false;
        while (lines.ReadLine() is { } line)
        {
            var rest = lines.LineWasOversized ? ReadOnlyMemory<byte>.Empty : line;
            if (lines.LineWasOversized && inRecord)
            {
                skipping = true;
            }
            while (true)
            {
                if (!inRecord)
                {
                    var open = IndexOfIgnoringCase(rest.Span, Open);
                    if (open < 0)
                    {
                        break;
                    }
                    inRecord = true;
                    skipping = false;
                    recordLine = lines.LineNumber;
                    record.SetLength(0);
                    rest = rest[(open + Open.Length)..];
                    continue;
                }
                var close = IndexOfIgnoringCase(rest.Span, Close);
                var content = close < 0 ? rest : rest[..close];
                if (!skipping && record.Length + content.Length + 1 > maxBytes)
                {
                    skipping = true;
                }
                if (!skipping)
                {
                    record.Write(content.Span);
                    if (close < 0)
                    {
                        record.WriteByte((byte)'\n');
                    }
                }
                if (close < 0)
                {
                    break;
                }
                inRecord = false;
                index++;
                rest = rest[(close + Close.Length)..];
                var where = $"{location}:{recordLine}";
                if (skipping)
                {
                    yield return InputItem.Refused(where, $"<DOC> record is over the limit of {maxBytes:N0} bytes per article (raise it with --max-bytes)");
                    continue;
                }
                var parsed = Parse(record.ToArray(), where, index, out var number);
                if (parsed.Article is null)
                {
                    yield return parsed;
                    continue;
                }
                if (held is { } previous)
                {
                    several = true;
                    yield return InputItem.Of(previous.Article with { File = $"{name}#{previous.Number}" });
                }
                held = (number, parsed.Article);
            }
        }
        if (held is { } last)
        {
            yield return InputItem.Of(several ? last.Article with { File = $"{name}#{last.Number}" } : last.Article with { File = name });
        }
        if (inRecord)
        {
            yield return InputItem.Refused($"{location}:{recordLine}", "<DOC> record is never closed with </DOC>");
        }
        else if (index == 0)
        {
            yield return InputItem.Refused(location, "TREC file without a complete <DOC> record");
        }
    }

    /// <summary>One record decoded (UTF-8 or Windows-1256, as the decoder finds) and read into an article; the name is set by the caller.</summary>
    private static InputItem Parse(byte[] bytes, string where, int index, out string number)
    {
        number = index.ToString(CultureInfo.InvariantCulture);
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(bytes, where);
        }
        catch (InputRefusedException e)
        {
            return InputItem.Refused(where, e.Reason);
        }
        var body = decoded.Text;
        if (Field(body, "DOCNO") is { } docNumber)
        {
            number = docNumber;
        }
        var content = Field(body, "TEXT") ?? Field(body, "ABSTRACT") ?? string.Empty;
        return InputItem.Of(ExtractedArticle.Create(string.Empty, "trec", decoded.Encoding, Field(body, "TITLE"), content, DateMetadata.ToIsoDay(Field(body, "TIME")), Field(body, "AUTHOR")));
    }

    private static string? Field(string doc, string tag)
    {
        var open = doc.IndexOf($"<{tag}>", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }
        var start = open + tag.Length + 2;
        var close = doc.IndexOf($"</{tag}>", start, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return null;
        }
        var value = WebUtility.HtmlDecode(doc[start..close]).Trim();
        return value.Length == 0 ? null : value;
    }

    private static ReadOnlySpan<byte> SkipLeadingSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        return bytes.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> ascii) =>
        bytes.Length >= ascii.Length && Ascii.EqualsIgnoreCase(bytes[..ascii.Length], ascii);

    private static int IndexOfIgnoringCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> ascii)
    {
        for (var i = 0; i + ascii.Length <= bytes.Length; i++)
        {
            var next = bytes[i..].IndexOfAny((byte)char.ToLowerInvariant((char)ascii[0]), (byte)char.ToUpperInvariant((char)ascii[0]));
            if (next < 0)
            {
                return -1;
            }
            i += next;
            if (StartsWithIgnoringCase(bytes[i..], ascii))
            {
                return i;
            }
        }
        return -1;
    }
}
