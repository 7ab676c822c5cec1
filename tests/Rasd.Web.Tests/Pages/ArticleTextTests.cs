using Rasd.Web.Pages;

namespace Rasd.Web.Tests.Pages;

/// <summary>How an article's spans become nested, encoded highlights, and what happens to spans that cannot nest.</summary>
public sealed class ArticleTextTests
{
    private static Highlight Span(int start, int end, string kind, string anchor) => new(start, end, kind, anchor, $"tip {anchor}");

    [Fact]
    public void A_fact_inside_a_quote_is_nested_in_it()
    {
        const string text = "قال الوزير: \"روسيا شريك\" اليوم";
        var html = ArticleText.Render(text, [Span(12, 24, "quote", "q")], [Span(13, 18, "place", "m")], []).Value;
        Assert.Contains("<mark class=\"hl hl-quote\" id=\"q\"", html, StringComparison.Ordinal);
        var quote = html.IndexOf("id=\"q\"", StringComparison.Ordinal);
        var place = html.IndexOf("id=\"m\"", StringComparison.Ordinal);
        var quoteEnd = html.IndexOf("id=\"q-tip\"", StringComparison.Ordinal);
        Assert.True(quote < place && place < quoteEnd);
        Assert.Contains(">روسيا<span class=\"tip\" role=\"tooltip\" id=\"m-tip\">tip m</span></mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_crossing_another_keeps_only_an_anchor()
    {
        const string text = "abcdefghij";
        var html = ArticleText.Render(text, [Span(0, 5, "quote", "q")], [Span(3, 8, "amount", "a"), Span(6, 9, "time", "t")], []).Value;
        Assert.Contains("<span class=\"anchor\" id=\"a\"></span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark class=\"hl hl-amount\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"hl hl-time\" id=\"t\"", html, StringComparison.Ordinal);
        Assert.Equal(text, Visible(html));
    }

    [Fact]
    public void Overlapping_facts_keep_the_first_and_anchor_the_rest()
    {
        var html = ArticleText.Render("0123456789", [], [Span(2, 6, "person", "p"), Span(4, 8, "place", "x")], []).Value;
        Assert.Contains("id=\"p\" tabindex=\"0\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"anchor\" id=\"x\"></span>", html, StringComparison.Ordinal);
        Assert.Equal("0123456789", Visible(html));
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_and_anchors_land_in_place()
    {
        var html = ArticleText.Render("abc", [Span(-1, 2, "quote", "q"), Span(1, 9, "quote", "r")], [Span(2, 2, "time", "t")], [(1, "e"), (3, "end"), (7, "far")]).Value;
        Assert.Equal("a<span class=\"anchor\" id=\"e\"></span>bc<span class=\"anchor\" id=\"end\"></span>", html);
    }

    [Fact]
    public void Text_and_tips_are_encoded()
    {
        var html = ArticleText.Render("<script>alert('x')</script> & \"", [], [new Highlight(0, 8, "org", "o", "<img src=x onerror=alert(1)>")], []).Value;
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;", html, StringComparison.Ordinal);
    }

    /// <summary>The text a reader sees when no tip is shown: the markup and the tips taken out.</summary>
    private static string Visible(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "<span class=\"tip\"[^>]*>[^<]*</span>", string.Empty), "<[^>]+>", string.Empty));
}
