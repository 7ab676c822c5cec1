using Rasd.Web.Hosting;

namespace Rasd.Web.Pages;

/// <summary>The routes of the web UI; each page is server-rendered HTML and works without JavaScript.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (StorePool stores, CancellationToken c) => HomePage.Render(stores, c));
        pages.MapGet("/search", (StorePool stores, WebSearch search, string? q, int? page, CancellationToken c) => SearchPage.Render(stores, search, q, page, c));
        pages.MapGet("/articles/{id}", (StorePool stores, string id, CancellationToken c) => ArticlePage.Render(stores, id, c));
        pages.MapGet("/entities/{id}", (StorePool stores, string id, CancellationToken c) => EntityPage.Render(stores, id, c));
        pages.MapGet("/pairs/{pair}", (StorePool stores, WebSearch search, string pair, string? period, CancellationToken c) => PairPage.Render(stores, search, pair, period, c));
        pages.MapGet("/quotes", (StorePool stores, string? speaker, string? about, CancellationToken c) => QuotesPage.Render(stores, speaker, about, c));
    }
}
