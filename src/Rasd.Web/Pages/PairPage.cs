using System.Globalization;
using System.Text.RegularExpressions;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Web.Api;
using Rasd.Web.Hosting;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>
/// A pair of countries: articles and mean tone per month as a chart whose points lead to the
/// evidence sentences of their month, the topics, and the evidence of the chosen month (the latest by default).
/// </summary>
internal static partial class PairPage
{
    private const int EvidenceArticles = 20;

    public static async Task<IResult> Render(StorePool stores, WebSearch search, string pair, string? period, CancellationToken cancellation)
    {
        if (!CountryPair.TryParse(pair, out var countries))
        {
            return Layout.NotFound("الزوج دولتان مختلفتان برمزيهما، مثل KZ-RU.");
        }
        if (period is not null && !MonthPattern().IsMatch(period))
        {
            return Layout.BadRequest("الفترة شهر بصيغة YYYY-MM.");
        }
        var name = countries.ToString();
        var (periods, nameA, nameB) = await stores.UseAsync(store => (
            store.Timeline(countries.EntityA, countries.EntityB, TimelineGrain.Month),
            store.Entity(countries.EntityA, 1)?.Entity.Name ?? countries.A,
            store.Entity(countries.EntityB, 1)?.Entity.Name ?? countries.B), cancellation);
        var chosen = period ?? periods.LastOrDefault()?.Period;
        var evidence = chosen is null || SearchPage.MonthFilter(chosen) is not { } dates
            ? []
            : await stores.UseAsync(store => Evidence(store, search.Plan($"pair:{name} {dates}"), countries), cancellation);
        var points = periods.Select(p => new ChartPoint(
            p.Period, p.Articles, p.MeanTone, $"/pairs/{name}?period={p.Period}#evidence",
            $"{p.Articles} خبرًا، النبرة {p.MeanTone.ToString("0.##", CultureInfo.InvariantCulture)}")).ToList();
        var topics = periods.SelectMany(p => p.Topics)
            .GroupBy(t => t.Value, StringComparer.Ordinal)
            .Select(g => new CountedValue(g.Key, g.Sum(t => t.Count)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Value, StringComparer.Ordinal)
            .ToList();
        var main = H($"""
            <h1>العلاقة بين {Layout.EntityLink(countries.EntityA, nameA)} و{Layout.EntityLink(countries.EntityB, nameB)}</h1>
            <p class="lead">{Number(periods.Sum(p => p.Articles))} خبرًا في {Number(periods.Count)} شهرًا. <a href="/search?q={Url($"pair:{name}")}">كل الأخبار</a></p>
            {SvgChart.Render("pair-chart", $"الأخبار ومتوسط النبرة في كل شهر: {nameA} و{nameB}", "الأخبار", "متوسط النبرة", points)}
            <section aria-labelledby="topics"><h2 id="topics">الموضوعات</h2><ul class="topics">{Join(topics.Select(t => H($"<li>{t.Value} <span class=\"count\">×{Number(t.Count)}</span></li>")))}</ul></section>
            <section id="evidence" aria-labelledby="evidence-title" tabindex="-1"><h2 id="evidence-title">الأدلة{(chosen is null ? Markup.Empty : H($" في <time dir=\"ltr\">{chosen}</time>"))}</h2>
            {(evidence.Count == 0 ? H($"<p class=\"empty\">لا أدلة لهذه الفترة.</p>") : H($"<ul class=\"evidence\">{Join(evidence)}</ul>"))}</section>
            """);
        return Layout.Page($"العلاقة {name}", main);
    }

    /// <summary>The evidence sentences of the pair in the articles the plan finds, each linking to its place in its article.</summary>
    private static List<Markup> Evidence(IArticleStore store, Store.Search.SearchPlan plan, CountryPair countries)
    {
        var items = new List<Markup>();
        foreach (var hit in store.Search(plan, EvidenceArticles, 0).Articles)
        {
            if (store.Article(hit.Id) is not { } article || RecordJson.Deserialize(article.RecordJson) is not { } record)
            {
                continue;
            }
            foreach (var relation in record.Relations.Where(r => Relates(r, countries)))
            {
                foreach (var span in relation.Evidence.Where(s => s.Start >= 0 && s.Start < s.End && s.End <= record.Text.Length))
                {
                    items.Add(H($"""
                        <li><blockquote dir="auto">{record.Text[span.Start..span.End]}</blockquote>
                        <p class="meta">{Layout.ArticleLink(article.Id, article.Title, ArticleText.EvidenceAnchor(span.Start, span.End))} · {Layout.Date(article.Published)} · النبرة {relation.Tone.ToString("0.##", CultureInfo.InvariantCulture)}</p></li>
                        """));
                }
            }
        }
        return items;
    }

    private static bool Relates(RelationRecord r, CountryPair pair) =>
        (r.A == pair.EntityA && r.B == pair.EntityB) || (r.A == pair.EntityB && r.B == pair.EntityA);

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex MonthPattern();
}
