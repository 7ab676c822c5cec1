using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>The frame of every page: right-to-left Arabic, the shipped typeface, the search box and the navigation.</summary>
internal static class Layout
{
    public static IResult Page(string title, Markup main, string? query = null, int status = StatusCodes.Status200OK) =>
        Results.Content(Document(title, main, query).Value, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static Markup Document(string title, Markup main, string? query) => H($"""
        <!doctype html>
        <html dir="rtl" lang="ar">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · رصد</title>
        <link rel="stylesheet" href="/assets/css/site.css">
        </head>
        <body>
        <a class="skip" href="#main">انتقل إلى المحتوى</a>
        <header class="site">
        <a class="brand" href="/">رصد</a>
        <form class="search" role="search" action="/search" method="get">
        <label for="q" class="visually-hidden">ابحث في الأخبار</label>
        <input id="q" name="q" type="search" value="{query}" maxlength="500" placeholder="ابحث في الأخبار: كلمات أو &quot;عبارة&quot;" dir="auto">
        <button type="submit">بحث</button>
        </form>
        <nav aria-label="الأقسام"><a href="/">الرئيسية</a> <a href="/quotes">الأقوال</a> <a href="/openapi/v1.json" lang="en" dir="ltr">API</a></nav>
        </header>
        <main id="main" tabindex="-1">
        {main}
        </main>
        <footer class="site">رصد — كل معلومة تشير إلى موضعها في نص الخبر.</footer>
        </body>
        </html>
        """);

    public static IResult NotFound(string what) =>
        Page("غير موجود", H($"<h1>غير موجود</h1><p>{what}</p><p><a href=\"/\">العودة إلى الرئيسية</a></p>"), status: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string what, string? query = null) =>
        Page("طلب غير صالح", H($"<h1>طلب غير صالح</h1><p dir=\"auto\">{what}</p>"), query, StatusCodes.Status400BadRequest);

    /// <summary>A link to an entity's page, its name as the text and its id as the tooltip.</summary>
    public static Markup EntityLink(string id, string name) => H($"<a href=\"/entities/{Url(id)}\" title=\"{id}\">{name}</a>");

    public static Markup ArticleLink(string id, string? title, string? fragment = null) =>
        H($"<a href=\"/articles/{id}{(fragment is null ? "" : "#" + fragment)}\">{(string.IsNullOrWhiteSpace(title) ? "(بلا عنوان)" : title)}</a>");

    public static Markup Date(string? published) => published is null ? Markup.Empty : H($"<time datetime=\"{published}\" dir=\"ltr\">{published}</time>");
}
