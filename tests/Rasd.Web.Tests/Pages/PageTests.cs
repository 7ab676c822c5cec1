using System.Net;
using System.Text.RegularExpressions;
using Rasd.Web.Tests.Support;

namespace Rasd.Web.Tests.Pages;

/// <summary>The server-rendered pages over the seeds and the hostile fixture: right-to-left Arabic, every stored string encoded, every fact linked to its span.</summary>
public sealed partial class PageTests(SqliteWebFixture fixture) : IClassFixture<SqliteWebFixture>
{
    private HttpClient Client => fixture.Client;

    private async Task<string> Page(string url, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"GET {url}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html dir=\"rtl\" lang=\"ar\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        return html;
    }

    [Fact]
    public async Task The_home_page_puts_search_first_then_recent_articles_people_countries_and_quotes()
    {
        var html = await Page("/");
        Assert.True(html.IndexOf("role=\"search\"", StringComparison.Ordinal) < html.IndexOf("أحدث الأخبار", StringComparison.Ordinal));
        Assert.Contains("/entities/person%3Asadyr-japarov", html, StringComparison.Ordinal);
        Assert.Contains("/entities/country%3ARU", html, StringComparison.Ordinal);
        Assert.Matches(ArticleLink(), html);
        Assert.Contains("class=\"quotes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_holding_markup_shows_it_as_text()
    {
        var html = await Page($"/articles/{fixture.HostileId}");
        Assert.Contains("&lt;script&gt;window.rasdInjected", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        var search = await Page($"/search?q={Uri.EscapeDataString("حقن")}");
        Assert.Contains("&lt;script&gt;", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_text_is_encoded_wherever_it_is_echoed()
    {
        var words = await Page($"/search?q={Uri.EscapeDataString("<svg onload=alert(1)> روسيا")}");
        Assert.DoesNotContain("<svg onload", words, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;svg onload=alert(1)&gt; روسيا\"", words, StringComparison.Ordinal);
        var malformed = await Page($"/search?q={Uri.EscapeDataString("\"><svg onload=alert(1)>")}", HttpStatusCode.BadRequest);
        Assert.DoesNotContain("<svg onload", malformed, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;svg onload=alert(1)&gt;\"", malformed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_highlights_its_facts_and_every_fact_links_to_its_span()
    {
        var home = await Page("/search?q=pair%3AKZ-RU");
        var id = ArticleLink().Match(home).Groups[1].Value;
        var html = await Page($"/articles/{id}");
        Assert.Contains("class=\"hl hl-quote\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hl hl-person\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hl hl-amount\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hl hl-time\"", html, StringComparison.Ordinal);
        Assert.Contains("المتكلم: ", html, StringComparison.Ordinal);
        var ids = ElementId().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var fragments = FragmentLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(fragments);
        Assert.All(fragments, f => Assert.Contains(f, ids));
        Assert.Contains("id=\"facts-relations\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/pairs/KZ-RU\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_show_snippets_named_entities_facets_that_narrow_and_paging()
    {
        var html = await Page($"/search?q={Uri.EscapeDataString("جباروف")}");
        Assert.Contains("<mark class=\"hit\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/person%3Asadyr-japarov\"", html, StringComparison.Ordinal);
        var facet = FacetLink().Match(html);
        Assert.True(facet.Success, "no facet link");
        var narrowed = await Page(WebUtility.HtmlDecode(facet.Groups[1].Value));
        Assert.Contains("aria-current=\"true\"", narrowed, StringComparison.Ordinal);
        var second = await Page("/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&page=2");
        Assert.Contains("rel=\"prev\" href=\"/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&amp;page=1\"", second, StringComparison.Ordinal);
        await Page("/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&page=0", HttpStatusCode.BadRequest);
        await Page($"/search?q={Uri.EscapeDataString("from:never")}", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_entity_page_lists_spellings_roles_with_dates_quotes_co_mentions_and_a_monthly_chart()
    {
        var html = await Page("/entities/person:sadyr-japarov");
        Assert.Contains("جاباروف", html, StringComparison.Ordinal);
        Assert.Matches("<li>الرئيس القيرغيزستاني <span class=\"count\">×[^<]+</span> <span class=\"dates\"><time datetime=\"2024-10-16\"", html);
        Assert.Contains("صدر جباروف", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("يُذكر مع", html, StringComparison.Ordinal);
        await Page("/entities/person:nobody-known", HttpStatusCode.NotFound);
        await Page($"/entities/{Uri.EscapeDataString("<b>x</b>")}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_pair_page_charts_months_whose_points_lead_to_evidence()
    {
        var html = await Page("/pairs/KZ-RU");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        var point = PointLink().Match(html);
        Assert.True(point.Success, "no chart point links to evidence");
        var evidence = await Page(WebUtility.HtmlDecode(point.Groups[1].Value));
        Assert.Contains("class=\"evidence\"", evidence, StringComparison.Ordinal);
        Assert.Matches(EvidenceLink(), evidence);
        await Page("/pairs/KZ-KZ", HttpStatusCode.NotFound);
        await Page("/pairs/KZ-RU?period=2024", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Quotes_are_filtered_and_each_links_to_its_article_span()
    {
        var html = await Page("/quotes?about=country%3AKG");
        Assert.Matches(QuoteSpanLink(), html);
        var bySpeaker = await Page("/quotes?speaker=person%3Avladimir-putin");
        Assert.Contains("بوتين", bySpeaker, StringComparison.Ordinal);
        await Page("/quotes?speaker=%3Cscript%3E", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_articles_are_an_html_page_not_found()
    {
        await Page($"/articles/{new string('0', 64)}", HttpStatusCode.NotFound);
        await Page("/articles/not-an-id", HttpStatusCode.NotFound);
    }

    [GeneratedRegex("href=\"/articles/([0-9a-f]{64})\"")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex ElementId();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex FragmentLink();

    [GeneratedRegex("<a href=\"(/search\\?q=[^\"]+)\">")]
    private static partial Regex FacetLink();

    [GeneratedRegex("class=\"point-link\" href=\"(/pairs/KZ-RU\\?period=[^\"]+)\"")]
    private static partial Regex PointLink();

    [GeneratedRegex("href=\"/articles/[0-9a-f]{64}#e-\\d+-\\d+\"")]
    private static partial Regex EvidenceLink();

    [GeneratedRegex("href=\"/articles/[0-9a-f]{64}#q-\\d+-\\d+\"")]
    private static partial Regex QuoteSpanLink();
}
