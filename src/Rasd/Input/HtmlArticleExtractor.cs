using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Rasd.Input;

/// <summary>
/// Extracts the article from an HTML page: the headline from the usual meta tags or the first
/// heading, the body from <c>article</c>/<c>articleBody</c> or else from the element holding the
/// most paragraph text, and the publication date from meta tags or JSON-LD. Navigation, scripts,
/// forms and asides are dropped before scoring.
/// </summary>
internal static class HtmlArticleExtractor
{
    private static readonly string[] Noise = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "template"];

    public static bool Accepts(string file, string text)
    {
        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var head = text.TrimStart()[..Math.Min(text.TrimStart().Length, 512)];
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase);
    }

    public static ArticleInput Extract(string file, string html, string encoding)
    {
        var document = new HtmlParser().ParseDocument(html);
        var published = PublishedDate(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title")
            ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        foreach (var element in document.QuerySelectorAll(string.Join(',', Noise)).ToList())
        {
            element.Remove();
        }
        var container = document.QuerySelector("[itemprop=articleBody]") ?? document.QuerySelector("article") ?? DensestContainer(document);
        var body = container is null ? string.Empty : Paragraphs(container);
        if (string.IsNullOrWhiteSpace(body))
        {
            body = Meta(document, "og:description") ?? Meta(document, "description") ?? string.Empty;
        }
        return ExtractedArticle.Create(file, "html", encoding, title, body, published, Meta(document, "og:site_name"));
    }

    private static IElement? DensestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = paragraph.TextContent.Trim().Length;
            if (length < 25 || paragraph.ParentElement is null)
            {
                continue;
            }
            scores[paragraph.ParentElement] = scores.GetValueOrDefault(paragraph.ParentElement) + length;
        }
        return scores.Count == 0 ? document.Body : scores.MaxBy(pair => pair.Value).Key;
    }

    private static string Paragraphs(IElement container)
    {
        var blocks = container.QuerySelectorAll("p, h2, h3, blockquote, li").Where(e => !e.Ancestors<IElement>().Any(a => a.LocalName is "p" or "blockquote" or "li" && container.Contains(a) && a != container)).ToList();
        var text = new StringBuilder();
        foreach (var block in blocks.Count > 0 ? blocks : [container])
        {
            var value = string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (value.Length > 0)
            {
                text.Append(value).Append("\n\n");
            }
        }
        return text.ToString();
    }

    private static string? PublishedDate(IDocument document)
    {
        string?[] candidates =
        [
            Meta(document, "article:published_time"), Meta(document, "datePublished"), Meta(document, "pubdate"),
            Meta(document, "publishdate"), Meta(document, "DC.date.issued"), Meta(document, "date"),
            document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"),
            JsonLdDate(document),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        ];
        return candidates.Select(DateMetadata.ToIsoDay).FirstOrDefault(d => d is not null);
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content.Trim();
                }
            }
        }
        return null;
    }

    private static string? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var found = FindProperty(json.RootElement, "datePublished");
                if (found is not null)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the other sources still apply.
            }
        }
        return null;
    }

    private static string? FindProperty(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                    var nested = FindProperty(property.Value, name);
                    if (nested is not null)
                    {
                        return nested;
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    var nested = FindProperty(item, name);
                    if (nested is not null)
                    {
                        return nested;
                    }
                }
                break;
        }
        return null;
    }
}
