using System.Globalization;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Web.Api;
using Rasd.Web.Hosting;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>
/// One article: the original text with entities, quotes, amounts and times highlighted (focus or
/// hover shows the resolved id, value or date), a side panel listing every fact with a link to its
/// span, the country relations with their evidence, and the article's near-duplicates.
/// </summary>
internal static class ArticlePage
{
    public static async Task<IResult> Render(StorePool stores, string id, CancellationToken cancellation)
    {
        if (!QueryBounds.IsArticleId(id))
        {
            return Layout.NotFound("معرّف الخبر غير صالح.");
        }
        var article = await stores.UseAsync(store => store.Article(id), cancellation, StoreLane.Lookups);
        if (article is null || RecordJson.Deserialize(article.RecordJson) is not { } record)
        {
            return Layout.NotFound("لا يوجد خبر بهذا المعرّف.");
        }
        var text = ArticleText.Render(record.Text, Quotes(record), Facts(record), Evidence(record));
        var main = H($"""
            <article class="article">
            <header><h1 dir="auto">{record.Title ?? article.File}</h1>
            <p class="meta">{Layout.Date(record.Published)} {Publisher(record)} · <span dir="ltr">{article.File}</span></p>
            <p class="legend" aria-label="مفتاح الألوان"><span class="hl hl-person">شخص</span> <span class="hl hl-place">مكان</span> <span class="hl hl-org">هيئة</span> <span class="hl hl-quote">قول</span> <span class="hl hl-amount">رقم</span> <span class="hl hl-time">تاريخ</span></p>
            </header>
            <div class="article-layout">
            <div class="article-text" dir="auto">{text}</div>
            <aside class="facts" aria-label="الوقائع">{SidePanel(record, article)}</aside>
            </div>
            </article>
            """);
        return Layout.Page(record.Title ?? "خبر", main);
    }

    private static Markup Publisher(AnalysisRecord record) => record.Publisher is null ? Markup.Empty : H($"· {record.Publisher}");

    private static IEnumerable<Highlight> Quotes(AnalysisRecord record) => record.Quotes.Select(q =>
        new Highlight(q.Start, q.End, "quote", ArticleText.QuoteAnchor(q.Start, q.End), $"قول {Kind(q.Kind)} · المتكلم: {Speaker(q)}"));

    private static IEnumerable<Highlight> Facts(AnalysisRecord record) =>
        record.Entities.SelectMany(e => e.Mentions.Select(m => new Highlight(m.Start, m.End, EntityKind(e.Type), ArticleText.MentionAnchor(m.Start, m.End), $"{e.Name} · {e.Id}")))
            .Concat(record.Amounts.Select(a => new Highlight(a.Start, a.End, "amount", ArticleText.AmountAnchor(a.Start, a.End), AmountValue(a))))
            .Concat(record.Times.Select(t => new Highlight(t.Start, t.End, "time", ArticleText.TimeAnchor(t.Start, t.End), $"{t.Value ?? "تاريخ غير محدد"} ({t.Grain})")));

    private static IEnumerable<(int, string)> Evidence(AnalysisRecord record) =>
        record.Relations.SelectMany(r => r.Evidence).Select(e => (e.Start, ArticleText.EvidenceAnchor(e.Start, e.End)));

    private static Markup SidePanel(AnalysisRecord record, StoredArticle article)
    {
        var entities = record.Entities
            .Where(e => e.Mentions.Count > 0)
            .Select(e => H($"""<li>{Layout.EntityLink(e.Id, e.Name)} <span class="count">×{e.Mentions.Count}</span> {Join(e.Mentions.Take(5).Select((m, i) => H($"<a class=\"jump\" href=\"#{ArticleText.MentionAnchor(m.Start, m.End)}\" aria-label=\"الذكر {i + 1} لـ {e.Name}\">{i + 1}</a>")))}</li>"""));
        var quotes = record.Quotes.Select(q => H($"""<li><a href="#{ArticleText.QuoteAnchor(q.Start, q.End)}">{Shorten(q.Text, 90)}</a> <span class="meta">— {SpeakerLink(q)}</span></li>"""));
        var amounts = record.Amounts.Select(a => H($"""<li><a href="#{ArticleText.AmountAnchor(a.Start, a.End)}">{a.Text}</a> <span class="meta" dir="ltr">{AmountValue(a)}</span></li>"""));
        var times = record.Times.Select(t => H($"""<li><a href="#{ArticleText.TimeAnchor(t.Start, t.End)}">{t.Text}</a> <span class="meta" dir="ltr">{t.Value ?? "?"}</span></li>"""));
        var relations = record.Relations.Select(r => H($"""
            <li><a href="/pairs/{Pair(r)}">{Pair(r)}</a> <span class="meta">النبرة {r.Tone.ToString("0.##", CultureInfo.InvariantCulture)} · {string.Join("، ", r.Topics)}</span>
            {Join(r.Evidence.Select((e, i) => H($"<a class=\"jump\" href=\"#{ArticleText.EvidenceAnchor(e.Start, e.End)}\" aria-label=\"الدليل {i + 1}\">دليل {i + 1}</a>")))}</li>
            """));
        var sources = record.Sources.Select(s => H($"<li>{s.Name} <span class=\"meta\" dir=\"ltr\">{s.Id}</span></li>"));
        var duplicates = article.NearDuplicates.Select(d => H($"""<li>{Layout.ArticleLink(d.Id, d.Title)} <span class="meta">{(d.IsOriginal ? "الأصل" : "نسخة شبه مطابقة")} {(d.Similarity is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "")}</span></li>"""));
        return Join([
            Section("facts-entities", "الكيانات", entities),
            Section("facts-quotes", "الأقوال", quotes),
            Section("facts-amounts", "الأرقام", amounts),
            Section("facts-times", "التواريخ", times),
            Section("facts-relations", "العلاقات بين الدول", relations),
            Section("facts-sources", "المصادر", sources),
            Section("facts-duplicates", "أخبار شبه مطابقة", duplicates),
        ]);
    }

    private static Markup Section(string id, string title, IEnumerable<Markup> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? Markup.Empty : H($"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{title} <span class=\"count\">{list.Count}</span></h2><ul>{Join(list)}</ul></section>");
    }

    private static string Pair(RelationRecord r) => $"{r.A.Replace("country:", "", StringComparison.Ordinal)}-{r.B.Replace("country:", "", StringComparison.Ordinal)}";

    private static string Kind(string kind) => kind switch { "direct" => "مباشر", "indirect" => "غير مباشر", _ => kind };

    private static string Speaker(QuoteRecord q) => (q.SpeakerText, q.Speaker) switch
    {
        ({ } text, { } id) => $"{text} ({id})",
        ({ } text, null) => text,
        (null, { } id) => id,
        _ => "غير محدد",
    };

    private static Markup SpeakerLink(QuoteRecord q) => q.Speaker is { } id ? Layout.EntityLink(id, q.SpeakerText ?? id) : Html.Text(q.SpeakerText ?? "غير محدد");

    private static string EntityKind(string type) => type switch
    {
        "person" => "person",
        "org" or "agency" => "org",
        _ => "place",
    };

    private static string AmountValue(AmountRecord a) =>
        $"{(a.Value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "?")} {a.Unit}{(a.Qualifier == "exact" ? "" : $" ({a.Qualifier})")}";

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
