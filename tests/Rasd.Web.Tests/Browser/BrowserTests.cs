using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rasd.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rasd.Web.Tests.Browser;

/// <summary>
/// The web UI in a real browser over the seeds and the wild corpus: the analyst's paths through it,
/// the hostile article, right-to-left layout and an accessibility scan (axe-core, injected by the
/// test), saving the screenshots the README shows.
/// </summary>
public sealed class BrowserTests(ServedCorpusFixture served) : IClassFixture<ServedCorpusFixture>
{
    private static readonly string[] SeriousImpacts = ["serious", "critical"];

    private async Task<IPage> Open(string path, bool withAxe = false)
    {
        var context = await served.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "ar" });
        if (withAxe)
        {
            // An init script is injected by the browser itself, so the page's policy against inline scripts stays in force.
            await context.AddInitScriptAsync(await File.ReadAllTextAsync(WebPaths.Axe));
        }
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(served.BaseUrl + path);
        Assert.True(response is { Ok: true }, $"GET {path}: {response?.Status}");
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(WebPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPaths.Screenshots, $"{name}.png"), FullPage = false });
    }

    [Fact]
    public async Task Searching_a_spelling_reaches_the_entity_page_listing_both_spellings()
    {
        var page = await Open("/");
        await Screenshot(page, "home");
        await page.FillAsync("#q", "جباروف");
        await page.PressAsync("#q", "Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));
        await Expect(page.Locator("ol.hits li").Nth(1)).ToBeVisibleAsync();
        await Screenshot(page, "search");
        await page.Locator(".named a[href='/entities/person%3Asadyr-japarov']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/entities/person"));
        await Expect(page.Locator("ul.names")).ToContainTextAsync("جاباروف");
        var names = await page.Locator("ul.names").InnerTextAsync();
        Assert.Contains("جاباروف", names, StringComparison.Ordinal);
        Assert.Contains("جباروف", names.Replace("جاباروف", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await Screenshot(page, "entity");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_articles_quotes_are_highlighted_and_focus_shows_the_speaker()
    {
        var page = await Open($"/articles/{served.QuotedId}");
        var quotes = page.Locator("mark.hl-quote");
        Assert.True(await quotes.CountAsync() >= 3);
        var first = quotes.First;
        var tip = page.Locator($"#{await first.GetAttributeAsync("id")}-tip");
        Assert.False(await tip.IsVisibleAsync());
        await first.FocusAsync();
        Assert.True(await tip.IsVisibleAsync());
        Assert.Contains("المتكلم", await tip.InnerTextAsync(), StringComparison.Ordinal);
        var panelLink = page.Locator("#facts-quotes ~ ul a").First;
        var target = (await panelLink.GetAttributeAsync("href"))!;
        await panelLink.ClickAsync();
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"mark.hl-quote{target}").CountAsync());
        await first.FocusAsync();
        await Screenshot(page, "article");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_article_holding_script_shows_it_as_text_and_runs_nothing()
    {
        var context = await served.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await page.GotoAsync($"{served.BaseUrl}/articles/{served.HostileId}");
        var text = await page.Locator(".article-text").InnerTextAsync();
        Assert.Contains("<script>window.rasdInjected = true; alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator(".article-text img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.rasdInjected === undefined"));
        await page.Locator(".article-text").HoverAsync();
        Assert.Empty(dialogs);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_pair_chart_points_lead_to_evidence_in_the_articles()
    {
        var page = await Open("/pairs/KZ-RU");
        var points = page.Locator("#pair-chart svg a.point-link");
        Assert.True(await points.CountAsync() >= 2);
        await Screenshot(page, "pair");
        await points.First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/pairs/KZ-RU\\?period=.*#evidence$"));
        var evidence = page.Locator("ul.evidence li");
        await Expect(evidence.First).ToBeVisibleAsync();
        var link = evidence.First.Locator("a[href^='/articles/']");
        var href = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/"));
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];
        await Expect(page.Locator($"[id='{anchor}']")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7")]
    [InlineData("/pairs/KZ-RU")]
    [InlineData("article")]
    public async Task Pages_fit_a_phone_without_scrolling_sideways(string path)
    {
        var context = await served.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.BaseUrl + (path == "article" ? $"/articles/{served.QuotedId}" : path));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a phone");
        if (path == "article")
        {
            await Screenshot(page, "article-phone");
        }
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=%D8%AC%D8%A8%D8%A7%D8%B1%D9%88%D9%81")]
    [InlineData("/entities/person:sadyr-japarov")]
    [InlineData("/pairs/KZ-RU")]
    [InlineData("/quotes")]
    [InlineData("article")]
    public async Task Pages_read_right_to_left_and_have_no_serious_accessibility_violation(string path)
    {
        var page = await Open(path == "article" ? $"/articles/{served.QuotedId}" : path, withAxe: true);
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        Assert.Equal("ar", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))
            """);
        var serious = violations.EnumerateArray()
            .Where(v => SeriousImpacts.Contains(v.GetProperty("impact").GetString()))
            .Select(v => $"{v.GetProperty("id").GetString()} at {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        await page.Context.CloseAsync();
    }
}
