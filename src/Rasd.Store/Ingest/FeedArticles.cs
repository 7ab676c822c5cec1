using System.Globalization;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Rasd.Input;

namespace Rasd.Store.Ingest;

/// <summary>
/// Reads RSS and Atom feeds with CodeHollow.FeedReader: each item becomes an article of its title
/// and its content (or description) as plain text, with the item's publication date supplied to
/// the pipeline, where it wins over what the text says. Linked pages are not fetched.
/// </summary>
public static class FeedArticles
{
    /// <summary>The <see cref="ArticleMetadata.Format"/> of an article read from a feed item.</summary>
    public const string Format = "feed";

    /// <summary>Whether a decoded file is a feed rather than an article: an XML document whose root is rss, feed or rdf:RDF.</summary>
    public static bool Accepts(string text)
    {
        var head = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        head = head[..Math.Min(head.Length, 2048)];
        var looksXml = head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase);
        return looksXml && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The feed's items as articles with their supplied dates; for items without text, the reason (without the feed's name).</summary>
    public static IReadOnlyList<(ArticleInput? Input, string? Published, string? Refusal)> Read(string name, string xml)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or ArgumentException or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException)
        {
            return [(null, null, $"not a readable RSS or Atom feed ({e.Message})")];
        }
        var items = new List<(ArticleInput?, string?, string?)>();
        var position = 0;
        foreach (var item in feed.Items)
        {
            position++;
            var title = Collapse(item.Title);
            var body = PlainText(item.Content ?? item.Description);
            if (title.Length == 0 && body.Length == 0)
            {
                items.Add((null, null, $"item {position} has neither title nor text"));
                continue;
            }
            var published = item.PublishingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var file = string.IsNullOrWhiteSpace(item.Link) ? $"{name}#{position}" : item.Link.Trim();
            var text = title.Length == 0 ? body : body.Length == 0 ? title : title + "\n\n" + body;
            var metadata = new ArticleMetadata(Format, "utf-8", title.Length == 0 ? null : title, title.Length == 0 ? null : title.Length, published, NullIfBlank(feed.Title));
            items.Add((new ArticleInput(file, text, metadata), published, null));
        }
        return items;
    }

    /// <summary>An item's HTML as text: paragraphs and line breaks become new lines, everything else is flattened.</summary>
    private static string PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.QuerySelectorAll("script, style").ToList())
        {
            element.Remove();
        }
        foreach (var lineBreak in document.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(document.CreateTextNode("\n"));
        }
        foreach (var block in document.QuerySelectorAll("p, div, li, h1, h2, h3, h4, blockquote"))
        {
            block.AppendChild(document.CreateTextNode("\n"));
        }
        var lines = (document.Body?.TextContent ?? string.Empty).Split('\n').Select(Collapse).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static string Collapse(string? value) =>
        value is null ? string.Empty : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
