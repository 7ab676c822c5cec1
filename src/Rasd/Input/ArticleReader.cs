using System.Text;
using Rasd.Text;

namespace Rasd.Input;

/// <summary>
/// Reads articles from files, folders (recursively, in ordinal path order) and standard input:
/// plain text, HTML pages, TREC-style DOC files and JSON Lines, each possibly gzip-compressed.
/// Containers (JSON Lines, TREC) are streamed record by record in bounded memory, whatever their
/// size; the byte limit applies to each article. Every problem is yielded as a value naming the
/// file (and line) and the reason, and reading goes on with the next record or file.
/// </summary>
public sealed class ArticleReader(long maxBytes = TextDecoder.DefaultMaxBytes, ArticleReader.WholeFileFormat? extraFormat = null)
{
    public const string StandardInput = "-";

    private const int SniffBytes = 64 * 1024;

    /// <summary>
    /// A format recognized from a whole decoded file (as RSS feeds are, by the store), tried before
    /// HTML and plain text; it returns null when the file is not of its kind.
    /// </summary>
    public delegate IEnumerable<InputItem>? WholeFileFormat(string name, DecodedText decoded);

    /// <summary>Expands paths into the files to read; folders are walked recursively and sorted.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => !Path.GetFileName(f).StartsWith('.'))
                             .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Reads every path (folders expanded) into its articles and problems, in order.</summary>
    public IEnumerable<InputItem> ReadAll(IEnumerable<string> paths, Stream? standardInput = null) =>
        ExpandPaths(paths).SelectMany(path => Read(path, standardInput));

    /// <summary>Reads one file (or <c>-</c>, standard input) into its articles and problems, lazily.</summary>
    public IEnumerable<InputItem> Read(string path, Stream? standardInput = null)
    {
        var location = path == StandardInput ? "stdin" : path;
        return Guarded(location, () => ReadStream(path, location, standardInput));
    }

    /// <summary>Reads a file already decoded whole: TREC and JSON Lines text, HTML, an extra format, or plain text.</summary>
    public IEnumerable<InputItem> Parse(string name, DecodedText decoded)
    {
        var text = decoded.Text;
        if (TrecDocumentReader.Accepts(text) || JsonLinesReader.HasJsonLinesName(name) || LooksLikeJsonLines(text))
        {
            var utf8 = new MemoryStream(Encoding.UTF8.GetBytes(text));
            return TrecDocumentReader.Accepts(text)
                ? TrecDocumentReader.Read(name, name, utf8, maxBytes)
                : JsonLinesReader.Read(name, name, utf8, maxBytes);
        }
        if (extraFormat?.Invoke(name, decoded) is { } extra)
        {
            return extra;
        }
        if (HtmlArticleExtractor.Accepts(name, text))
        {
            var article = HtmlArticleExtractor.Extract(name, text, decoded.Encoding);
            return [string.IsNullOrWhiteSpace(article.Text) ? InputItem.Refused(name, "HTML page without article text") : InputItem.Of(article)];
        }
        return [InputItem.Of(new ArticleInput(name, text, ArticleMetadata.Plain(decoded.Encoding)))];
    }

    private IEnumerable<InputItem> ReadStream(string path, string location, Stream? standardInput)
    {
        var name = path == StandardInput ? "stdin" : Path.GetFileName(path);
        var (source, fileLength, problem) = Open(path, standardInput);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }
        // Standard input belongs to the process: reading it to the end must not close it.
        using var file = path == StandardInput ? null : source;
        var (head, headLength) = ReplayStream.ReadHead(source!, SniffBytes);
        Stream content = new ReplayStream(head, headLength, source!, leaveOpen: path == StandardInput);
        var innerName = name;
        if (headLength >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            content = new CheckedGzipStream(content);
            (head, headLength) = ReplayStream.ReadHead(content, SniffBytes);
            content = new ReplayStream(head, headLength, content);
            innerName = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
            fileLength = null;
        }
        using (content)
        {
            var sniffed = head.AsSpan(0, headLength);
            IEnumerable<InputItem> items;
            if (TrecDocumentReader.Accepts(sniffed))
            {
                items = TrecDocumentReader.Read(name, location, content, maxBytes);
            }
            else if (!IsUtf16(sniffed) && (JsonLinesReader.HasJsonLinesName(innerName) || LooksLikeJsonLines(sniffed, headLength < SniffBytes)))
            {
                items = JsonLinesReader.Read(name, location, content, maxBytes);
            }
            else if (fileLength > maxBytes)
            {
                items = [InputItem.Refused(location, $"file is {fileLength:N0} bytes, over the limit of {maxBytes:N0} bytes per article (raise it with --max-bytes)")];
            }
            else
            {
                items = Parse(name, TextDecoder.DecodeStream(content, location, maxBytes));
            }
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static (Stream? Stream, long? Length, InputItem? Problem) Open(string path, Stream? standardInput)
    {
        if (path == StandardInput)
        {
            return (standardInput ?? Console.OpenStandardInput(), null, null);
        }
        try
        {
            var file = File.OpenRead(path);
            return (file, file.Length, null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, null, InputItem.Refused(path, "no such file"));
        }
        catch (UnauthorizedAccessException)
        {
            return (null, null, InputItem.Refused(path, "permission denied"));
        }
        catch (IOException e)
        {
            return (null, null, InputItem.Refused(path, $"cannot be read ({e.Message})"));
        }
    }

    /// <summary>
    /// Runs a reader, turning an exception that ends it (a refused file, a corrupt gzip stream, a
    /// read error) into a last problem naming the file, so that the caller goes on with the next.
    /// </summary>
    private static IEnumerable<InputItem> Guarded(string location, Func<IEnumerable<InputItem>> reader)
    {
        IEnumerator<InputItem>? items = null;
        try
        {
            while (true)
            {
                InputItem? next = null;
                try
                {
                    items ??= reader().GetEnumerator();
                    if (items.MoveNext())
                    {
                        next = items.Current;
                    }
                }
                catch (InputRefusedException e)
                {
                    next = InputItem.Refused(e.InputName, e.Reason);
                    items = Enumerable.Empty<InputItem>().GetEnumerator();
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    next = InputItem.Refused(location, $"cannot be read ({e.Message})");
                    items = Enumerable.Empty<InputItem>().GetEnumerator();
                }
                if (next is null)
                {
                    yield break;
                }
                yield return next;
            }
        }
        finally
        {
            items?.Dispose();
        }
    }

    private static bool IsUtf16(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>
    /// A file whose first line is a JSON object is JSON Lines whatever its name. When the first line
    /// is longer than what was sniffed, an opening <c>{"</c> is taken as enough.
    /// </summary>
    private static bool LooksLikeJsonLines(ReadOnlySpan<byte> head, bool wholeFile)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        head = head.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        if (head.IsEmpty || head[0] != (byte)'{')
        {
            return false;
        }
        var newline = head.IndexOf((byte)'\n');
        if (newline < 0 && !wholeFile)
        {
            return head.Length > 1 && head[1..].TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).StartsWith("\""u8);
        }
        return IsJsonObject(newline < 0 ? head : head[..newline]);
    }

    private static bool LooksLikeJsonLines(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') && IsJsonObject(Encoding.UTF8.GetBytes(trimmed.Split('\n', 2)[0]));
    }

    private static bool IsJsonObject(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(line);
            return reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.StartObject && reader.TrySkip() && !reader.Read();
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
