using Rasd.Text;

namespace Rasd.Input;

/// <summary>
/// Reads articles from files, folders (recursively, in ordinal path order) and standard input,
/// recognizing plain text, HTML pages, TREC-style DOC files and JSON Lines.
/// </summary>
public sealed class ArticleReader(long maxBytes = TextDecoder.DefaultMaxBytes)
{
    public const string StandardInput = "-";

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

    /// <summary>Reads one file (or standard input) into its articles; throws <see cref="InputRefusedException"/> with the reason.</summary>
    public IReadOnlyList<ArticleInput> Read(string path, TextReader? standardInput = null)
    {
        DecodedText decoded;
        string name;
        if (path == StandardInput)
        {
            name = "stdin";
            using var stream = standardInput is null ? Console.OpenStandardInput() : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(standardInput.ReadToEnd()));
            decoded = TextDecoder.DecodeStream(stream, name, maxBytes);
        }
        else
        {
            name = Path.GetFileName(path);
            try
            {
                decoded = TextDecoder.DecodeFile(path, maxBytes);
            }
            catch (IOException e)
            {
                throw new InputRefusedException(path, $"cannot be read ({e.Message})");
            }
            catch (UnauthorizedAccessException)
            {
                throw new InputRefusedException(path, "permission denied");
            }
        }
        return Parse(name, decoded);
    }

    public static IReadOnlyList<ArticleInput> Parse(string name, DecodedText decoded)
    {
        var text = decoded.Text;
        if (TrecDocumentReader.Accepts(text))
        {
            var docs = TrecDocumentReader.Read(name, text, decoded.Encoding).ToList();
            return docs.Count > 0 ? docs : throw new InputRefusedException(name, "TREC file without a complete <DOC> record");
        }
        if (HtmlArticleExtractor.Accepts(name, text))
        {
            var article = HtmlArticleExtractor.Extract(name, text, decoded.Encoding);
            return string.IsNullOrWhiteSpace(article.Text) ? throw new InputRefusedException(name, "HTML page without article text") : [article];
        }
        if (JsonLinesReader.Accepts(name, text))
        {
            return JsonLinesReader.Read(name, text, decoded.Encoding).ToList();
        }
        return [new ArticleInput(name, text, ArticleMetadata.Plain(decoded.Encoding))];
    }
}
