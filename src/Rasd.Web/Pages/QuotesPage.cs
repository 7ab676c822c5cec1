using Rasd.Web.Api;
using Rasd.Web.Hosting;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>Quotes filtered by speaker and by an entity they mention; each links to its span in the article.</summary>
internal static class QuotesPage
{
    private const int Limit = 100;

    public static async Task<IResult> Render(StorePool stores, string? speaker, string? about, CancellationToken cancellation)
    {
        speaker = string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim();
        about = string.IsNullOrWhiteSpace(about) ? null : about.Trim();
        if ((speaker is not null && !QueryBounds.IsEntityId(speaker)) || (about is not null && !QueryBounds.IsEntityId(about)))
        {
            return Layout.BadRequest("المتكلم والكيان معرّفات مثل person:sadyr-japarov أو country:KZ.");
        }
        var quotes = await stores.UseAsync(store => store.Quotes(speaker, about, Limit), cancellation);
        var main = H($"""
            <h1>الأقوال</h1>
            <form class="filters" action="/quotes" method="get">
            <label for="speaker">المتكلم</label> <input id="speaker" name="speaker" value="{speaker}" dir="ltr" maxlength="200" placeholder="person:…">
            <label for="about">يذكر</label> <input id="about" name="about" value="{about}" dir="ltr" maxlength="200" placeholder="country:RU">
            <button type="submit">تصفية</button>
            </form>
            <p class="lead">{Number(quotes.Count)} قولًا{(quotes.Count == Limit ? " (الأحدث)" : "")}.</p>
            {QuoteList.Render(quotes)}
            """);
        return Layout.Page("الأقوال", main);
    }
}
