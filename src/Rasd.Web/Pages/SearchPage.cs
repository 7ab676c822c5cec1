using System.Globalization;
using Rasd.Store.Abstractions;
using Rasd.Store.Search;
using Rasd.Web.Api;
using Rasd.Web.Hosting;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>Search results: ranked hits with highlighted snippets, the entities the query named, facets that narrow the query when followed, and paging.</summary>
internal static class SearchPage
{
    private const int PageSize = 10;
    private const int FacetValues = 8;
    private const int MaxPage = QueryBounds.MaxOffset / PageSize;

    public static async Task<IResult> Render(StorePool stores, WebSearch search, string? q, int? page, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Layout.Page("بحث", H($"<h1>بحث</h1><p>اكتب كلمة أو عبارة في مربع البحث.</p>"));
        }
        if (q.Length > QueryBounds.MaxTextLength || q.Any(char.IsControl))
        {
            return Layout.BadRequest($"الاستعلام أطول من {QueryBounds.MaxTextLength} حرف أو فيه محارف تحكم.");
        }
        var number = page ?? 1;
        if (number is < 1 or > MaxPage)
        {
            return Layout.BadRequest($"رقم الصفحة بين 1 و{MaxPage}.", q);
        }
        SearchPlan plan;
        try
        {
            plan = search.Plan(q);
        }
        catch (QueryException e)
        {
            return Layout.BadRequest($"تعذّر فهم الاستعلام: {e.Message}", q);
        }
        var (results, named) = await stores.UseAsync(store => (
            search.Search(store, plan, PageSize, (number - 1) * PageSize, FacetValues),
            NamedEntities(store, plan)), cancellation);
        var facets = results.Facets ?? SearchFacets.Empty;
        var main = H($"""
            <h1>نتائج البحث عن <q dir="auto">{q}</q></h1>
            <p class="lead">{Number(results.Total)} خبرًا.</p>
            {(named.Count == 0 ? Markup.Empty : H($"<p class=\"named\">يذكر الاستعلام: {Join(named.Select(e => H($"{Layout.EntityLink(e.Id, e.Name)} ")))}</p>"))}
            <div class="search-layout">
            <section aria-label="النتائج"><ol class="hits" start="{(number - 1) * PageSize + 1}">{Join(results.Hits.Select(Hit))}</ol>{Paging(q, number, results.Total)}</section>
            <aside class="facets" aria-label="تضييق البحث">
            {Facet("المصدر", facets.Sources, q, v => $"source:{v}")}
            {Facet("الدولة", facets.Countries, q, v => $"entity:{v}")}
            {Facet("الشخص", facets.Persons, q, v => $"entity:{v}")}
            {Facet("الشهر", facets.Months, q, MonthFilter)}
            </aside>
            </div>
            """);
        return Layout.Page($"بحث: {q}", main, q);
    }

    /// <summary>The stored entities the query's words resolved to (each as counted, so a merged spelling leads to its entity).</summary>
    private static List<EntitySummary> NamedEntities(IArticleStore store, SearchPlan plan) => plan.EntityTerms.Values
        .Distinct(StringComparer.Ordinal)
        .Select(id => store.Entity(id, 1)?.Entity)
        .OfType<EntitySummary>()
        .DistinctBy(e => e.Id)
        .ToList();

    private static Markup Hit(SearchHit hit) => H($"""
        <li class="hit"><h2>{Layout.ArticleLink(hit.Id, hit.Title ?? hit.File)}</h2>
        <p class="meta">{Layout.Date(hit.Published)}</p>
        <p class="snippet" dir="auto">{Snippet(hit.Snippet)}</p></li>
        """);

    /// <summary>The snippet's text with its matches marked, every part encoded.</summary>
    internal static Markup Snippet(Snippet snippet)
    {
        var parts = new List<Markup>();
        var at = 0;
        foreach (var span in snippet.Highlights)
        {
            if (span.Start < at || span.End > snippet.Text.Length)
            {
                continue;
            }
            parts.Add(Html.Text(snippet.Text[at..span.Start]));
            parts.Add(H($"<mark class=\"hit\">{snippet.Text[span.Start..span.End]}</mark>"));
            at = span.End;
        }
        parts.Add(Html.Text(snippet.Text[at..]));
        return Join(parts);
    }

    private static Markup Facet(string title, IReadOnlyList<FacetCount> values, string q, Func<string, string?> filter)
    {
        if (values.Count == 0)
        {
            return Markup.Empty;
        }
        var items = values.Select(v =>
        {
            if (filter(v.Value) is not { } condition)
            {
                return H($"<li>{v.Label ?? v.Value} <span class=\"count\">{Number(v.Count)}</span></li>");
            }
            var active = q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(condition.Split(' ')[0], StringComparer.Ordinal);
            return active
                ? H($"<li aria-current=\"true\"><span class=\"active\">{v.Label ?? v.Value}</span> <span class=\"count\">{Number(v.Count)}</span></li>")
                : H($"<li><a href=\"/search?q={Url($"{q} {condition}")}\">{v.Label ?? v.Value}</a> <span class=\"count\">{Number(v.Count)}</span></li>");
        });
        return H($"<section class=\"facet\"><h2>{title}</h2><ul>{Join(items)}</ul></section>");
    }

    /// <summary>The date filters of a <c>YYYY-MM</c> month; null for a value that is no month.</summary>
    internal static string? MonthFilter(string month)
    {
        if (!DateTime.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return null;
        }
        return $"from:{first:yyyy-MM-dd} to:{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}";
    }

    private static Markup Paging(string q, int number, long total)
    {
        var last = (int)Math.Min(MaxPage, Math.Max(1, (total + PageSize - 1) / PageSize));
        var previous = number > 1 ? H($"<a rel=\"prev\" href=\"/search?q={Url(q)}&amp;page={number - 1}\">السابق</a>") : Markup.Empty;
        var next = number < last ? H($"<a rel=\"next\" href=\"/search?q={Url(q)}&amp;page={number + 1}\">التالي</a>") : Markup.Empty;
        return H($"<nav class=\"paging\" aria-label=\"الصفحات\">{previous} <span>الصفحة {number} من {last}</span> {next}</nav>");
    }
}
