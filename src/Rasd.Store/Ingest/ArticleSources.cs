using Rasd.Input;
using Rasd.Text;

namespace Rasd.Store.Ingest;

/// <summary>
/// Turns what the user named into articles: files and folders (read recursively in ordinal path
/// order), <c>-</c> for standard input, RSS/Atom feed files, and http(s) feed URLs. A source that
/// cannot be read becomes a refusal with the reason, and the others are still read.
/// </summary>
public sealed class ArticleSources(long maxBytes = TextDecoder.DefaultMaxBytes, Stream? standardInput = null, HttpClient? http = null)
{
    private readonly ArticleReader _reader = new(maxBytes, ReadFeedFile);
    private readonly Stream? _standardInput = standardInput;

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

    private IEnumerable<IngestItem> ReadOne(string file, string? suppliedPublished, int sourceIndex)
    {
        if (IsUrl(file))
        {
            List<IngestItem> feed;
            try
            {
                feed = FromFeed(file, Download(file), suppliedPublished, sourceIndex);
            }
            catch (InputRefusedException e)
            {
                feed = [IngestItem.Refused(e.Message, sourceIndex)];
            }
            return feed;
        }
        return _reader.Read(file, _standardInput).Select(item => item.Article is { } article
            ? IngestItem.Article(article, suppliedPublished ?? (article.Metadata.Format == FeedArticles.Format ? article.Metadata.Published : null), sourceIndex)
            : IngestItem.Refused(item.Problem!.Message, sourceIndex));
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

    private static IEnumerable<InputItem>? ReadFeedFile(string name, DecodedText decoded) =>
        FeedArticles.Accepts(decoded.Text)
            ? FeedArticles.Read(name, decoded.Text).Select(item => item.Input is null ? InputItem.Refused(name, item.Refusal!) : InputItem.Of(item.Input))
            : null;

    /// <summary>A feed's own dates win unless the user supplied one for the whole run.</summary>
    private static List<IngestItem> FromFeed(string name, string xml, string? suppliedPublished, int sourceIndex) =>
        FeedArticles.Read(name, xml)
            .Select(item => item.Input is null
                ? IngestItem.Refused($"{name}: {item.Refusal}", sourceIndex)
                : IngestItem.Article(item.Input, suppliedPublished ?? item.Published, sourceIndex))
            .ToList();

    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(30) });
}
