using Rasd.Store.Abstractions;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>Quotes as a list: the words, who said them, and a link to the quote's characters in its article.</summary>
internal static class QuoteList
{
    public static Markup Render(IReadOnlyList<QuoteRow> quotes) => quotes.Count == 0
        ? H($"<p class=\"empty\">لا أقوال.</p>")
        : H($"<ul class=\"quotes\">{Join(quotes.Select(Item))}</ul>");

    private static Markup Item(QuoteRow q) => H($"""
        <li><blockquote>{q.Text}</blockquote>
        <p class="meta">{Speaker(q)} · {Layout.Date(q.Published)} · <a href="/articles/{q.ArticleId}#{ArticleText.QuoteAnchor(q.Start, q.End)}">في نص الخبر</a></p></li>
        """);

    private static Markup Speaker(QuoteRow q) => q.SpeakerId is { } id
        ? Layout.EntityLink(id, q.SpeakerText ?? id)
        : H($"<span>{q.SpeakerText ?? "متكلم غير محدد"}</span>");
}
