using Rasd.Store.Abstractions;
using Rasd.Web.Hosting;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>The front page: the search box first (in the header), then recent articles, the most mentioned people and countries, and the latest quotes.</summary>
internal static class HomePage
{
    public static async Task<IResult> Render(StorePool stores, CancellationToken cancellation)
    {
        var (counts, recent, people, countries, quotes) = await stores.UseAsync(store => (
            store.Counts(),
            store.Search(WebSearch.Everything, 10, 0),
            store.Entities("person", 10),
            store.Entities("country", 10),
            store.Quotes(null, null, 8)), cancellation);
        var main = H($"""
            <h1>رصد الأخبار العربية</h1>
            <p class="lead">{Number(counts.Articles)} خبرًا، {Number(counts.Entities)} كيانًا، {Number(counts.Quotes)} قولًا، {Number(counts.Amounts)} رقمًا.</p>
            <div class="columns">
            <section aria-labelledby="recent"><h2 id="recent">أحدث الأخبار</h2><ol class="articles">{Join(recent.Articles.Select(a => H($"<li>{Layout.ArticleLink(a.Id, a.Title)} {Layout.Date(a.Published)}</li>")))}</ol></section>
            <section aria-labelledby="people"><h2 id="people">الأكثر ذكرًا من الأشخاص</h2>{Entities(people)}</section>
            <section aria-labelledby="countries"><h2 id="countries">الأكثر ذكرًا من الدول</h2>{Entities(countries)}</section>
            </div>
            <section aria-labelledby="latest-quotes"><h2 id="latest-quotes">أحدث الأقوال</h2>{QuoteList.Render(quotes)}</section>
            """);
        return Layout.Page("الرئيسية", main);
    }

    private static Markup Entities(IReadOnlyList<EntitySummary> entities) =>
        H($"<ol class=\"ranked\">{Join(entities.Select(e => H($"<li>{Layout.EntityLink(e.Id, e.Name)} <span class=\"count\">{Number(e.Articles)} خبرًا</span></li>")))}</ol>");
}
