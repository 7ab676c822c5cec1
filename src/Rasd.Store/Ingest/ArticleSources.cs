using Rasd.Input;
using Rasd.Text;

namespace Rasd.Store.Ingest;

/// <summary>
/// Turns what the user named into articles: files and folders (read recursively in ordinal path
/// order), <c>-</c> for standard input, RSS/Atom feed files, and http(s) feed URLs. A source that
/// cannot be read becomes a refusal with the reason, and the others are still read.
/// </summary>
public sealed class ArticleSources(long maxBytes = TextDecoder.DefaultMaxBytes, TextReader? standardInput = null, HttpClient? http = null)
{
    public static bool IsUrl(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, string? suppliedPublished = null)
    {
        var sourceIndex = 0;
        foreach (var path in paths)
        {
            var files = IsUrl(path) ? [path] : ArticleReader.ExpandPaths([path]);
            foreach (var file in files)
            {
                sourceIndex++;
                foreach (var item in ReadOne(file, suppliedPublished, sourceIndex))
                {
                    yield return item;
                }
            }
        }
    }

    private List<IngestItem> ReadOne(string file, string? suppliedPublished, int sourceIndex)
    {
        try
        {
            if (IsUrl(file))
            {
                return FromFeed(file, Download(file), suppliedPublished, sourceIndex);
            }
            var name = file == ArticleReader.StandardInput ? "stdin" : Path.GetFileName(file);
            var decoded = Decode(file, name);
            return FeedArticles.Accepts(decoded.Text)
                ? FromFeed(name, decoded.Text, suppliedPublished, sourceIndex)
                : ArticleReader.Parse(name, decoded).Select(a => IngestItem.Article(a, suppliedPublished, sourceIndex)).ToList();
        }
        catch (InputRefusedException e)
        {
            return [IngestItem.Refused(e.Message, sourceIndex)];
        }
    }

    private DecodedText Decode(string file, string name)
    {
        if (file == ArticleReader.StandardInput)
        {
            using var stream = standardInput is null
                ? Console.OpenStandardInput()
                : new MemoryStream(System.Text.Encoding.UTF8.GetBytes(standardInput.ReadToEnd()));
            return TextDecoder.DecodeStream(stream, name, maxBytes);
        }
        try
        {
            return TextDecoder.DecodeFile(file, maxBytes);
        }
        catch (IOException e)
        {
            throw new InputRefusedException(file, $"cannot be read ({e.Message})");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputRefusedException(file, "permission denied");
        }
    }

    private string Download(string url)
    {
        var client = http ?? SharedClient.Value;
        try
        {
            return client.GetStringAsync(new Uri(url)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            throw new InputRefusedException(url, $"cannot be fetched ({e.Message})");
        }
    }

    /// <summary>A feed's own dates win unless the user supplied one for the whole run.</summary>
    private static List<IngestItem> FromFeed(string name, string xml, string? suppliedPublished, int sourceIndex) =>
        FeedArticles.Read(name, xml)
            .Select(item => item.Input is null
                ? IngestItem.Refused(item.Refusal!, sourceIndex)
                : IngestItem.Article(item.Input, suppliedPublished ?? item.Published, sourceIndex))
            .ToList();

    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(30) });
}
