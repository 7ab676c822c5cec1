using Rasd.Store.Abstractions;
using Rasd.Web.Api;
using Rasd.Web.Hosting;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>One entity: its names and the spellings seen, the record ids counted as it, roles, when it was seen, quotes by and about it, co-mentioned entities and mentions per month.</summary>
internal static class EntityPage
{
    private const int ListLimit = 30;

    public static async Task<IResult> Render(StorePool stores, string id, CancellationToken cancellation)
    {
        if (!QueryBounds.IsEntityId(id))
        {
            return Layout.NotFound("معرّف الكيان غير صالح.");
        }
        var (profile, about) = await stores.UseAsync(store => (store.Entity(id, ListLimit), store.Quotes(null, id, ListLimit)), cancellation);
        if (profile is null)
        {
            return Layout.NotFound("لا يعرف المخزن هذا الكيان.");
        }
        var e = profile.Entity;
        var months = profile.MentionsByMonth.Select(m => new ChartPoint(m.Value, m.Count, null, MonthHref(e.Id, m.Value), $"{m.Count} ذكرًا")).ToList();
        var main = H($"""
            <header class="entity-head"><h1>{e.Name}</h1>
            <p class="meta"><span dir="ltr">{e.Id}</span> · {TypeName(e.Type)}{(e.NameEn is null ? Markup.Empty : H($" · <span lang=\"en\" dir=\"ltr\">{e.NameEn}</span>"))} · {Number(e.Articles)} خبرًا · {Number(e.Mentions)} ذكرًا{Seen(profile)}</p>
            <p><a href="/search?q={Url($"entity:{e.Id}")}">الأخبار التي تذكره</a></p></header>
            <div class="columns">
            <section aria-labelledby="names"><h2 id="names">الأسماء والتهجئات</h2><ul class="names">{Join(profile.NamesSeen.Select(n => H($"<li><span class=\"name\">{n.Value}</span> <span class=\"count\">×{Number(n.Count)}</span></li>")))}</ul></section>
            <section aria-labelledby="roles"><h2 id="roles">الصفات</h2>{Roles(profile.Roles)}</section>
            <section aria-labelledby="co"><h2 id="co">يُذكر مع</h2><ul>{Join(profile.CoMentioned.Select(c => H($"<li>{Layout.EntityLink(c.Id, c.Name)} <span class=\"count\">{Number(c.Articles)} خبرًا</span></li>")))}</ul></section>
            </div>
            <section aria-labelledby="months"><h2 id="months">الذكر في كل شهر</h2>{SvgChart.Render("mentions-chart", $"ذكر {e.Name} في كل شهر", "الذكر", null, months)}</section>
            <section aria-labelledby="by"><h2 id="by">أقواله</h2>{QuoteList.Render(profile.Quotes)}</section>
            <section aria-labelledby="about"><h2 id="about">أقوال تذكره</h2>{QuoteList.Render(about)}</section>
            {Aliases(profile)}
            """);
        return Layout.Page(e.Name, main);
    }

    private static Markup Seen(EntityProfile profile) =>
        profile.FirstSeen is null ? Markup.Empty : H($" · من {Layout.Date(profile.FirstSeen)} إلى {Layout.Date(profile.LastSeen)}");

    /// <summary>Each role with the articles giving it and the dates of the first and the last of them: an office is held for a time.</summary>
    private static Markup Roles(IReadOnlyList<RoleSeen> roles) => roles.Count == 0
        ? H($"<p class=\"empty\">لا شيء.</p>")
        : H($"<ul class=\"roles\">{Join(roles.Select(r => H($"<li>{r.Value} <span class=\"count\">×{Number(r.Articles)}</span>{Held(r)}</li>")))}</ul>");

    private static Markup Held(RoleSeen role) => role.FirstSeen is null
        ? Markup.Empty
        : role.FirstSeen == role.LastSeen
        ? H($" <span class=\"dates\">{Layout.Date(role.FirstSeen)}</span>")
        : H($" <span class=\"dates\">من {Layout.Date(role.FirstSeen)} إلى {Layout.Date(role.LastSeen)}</span>");

    private static Markup Aliases(EntityProfile profile) => profile.Aliases.Count <= 1 ? Markup.Empty : H($"""
        <section aria-labelledby="ids"><h2 id="ids">المعرّفات المحسوبة كيانًا واحدًا</h2>
        <table><thead><tr><th scope="col">المعرّف</th><th scope="col">الاسم</th><th scope="col">القرار</th><th scope="col">الأخبار</th></tr></thead>
        <tbody>{Join(profile.Aliases.Select(a => H($"<tr><td dir=\"ltr\">{a.Id}</td><td>{a.Name}</td><td>{a.Decision}</td><td>{Number(a.Articles)}</td></tr>")))}</tbody></table></section>
        """);

    private static string? MonthHref(string id, string month) =>
        SearchPage.MonthFilter(month) is { } dates ? $"/search?q={Url($"entity:{id} {dates}")}" : null;

    private static string TypeName(string type) => type switch
    {
        "person" => "شخص",
        "country" => "دولة",
        "city" => "مدينة",
        "org" => "هيئة",
        "agency" => "وكالة",
        "location" => "مكان",
        _ => type,
    };
}
