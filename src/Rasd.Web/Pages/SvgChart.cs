using System.Globalization;
using Rasd.Web.Pages.Rendering;
using static Rasd.Web.Pages.Rendering.Html;

namespace Rasd.Web.Pages;

/// <summary>One period of a chart: its label, the bar's value, an optional line value in [-1, 1], and where the point leads.</summary>
internal sealed record ChartPoint(string Label, double Bar, double? Line, string? Href, string Description);

/// <summary>
/// Charts drawn by the server as SVG: bars per period and, for a country pair, a line of mean tone
/// in [-1, 1] whose points link to their evidence. Server-drawn so that a chart needs no script,
/// no chart library and no inline style (the content security policy allows neither), and so that
/// every point is a real link a keyboard reaches; colours are presentation attributes. The data
/// are also given as a table for screen readers and for copying.
/// </summary>
internal static class SvgChart
{
    private const int Height = 240;
    private const int Top = 16;
    private const int Bottom = 44;
    private const int Side = 44;
    private const int MinBarWidth = 14;

    public static Markup Render(string id, string title, string barLabel, string? lineLabel, IReadOnlyList<ChartPoint> points)
    {
        if (points.Count == 0)
        {
            return H($"<p class=\"empty\">لا بيانات للرسم.</p>");
        }
        var slot = Math.Max(MinBarWidth * 2, 640 / points.Count);
        var width = (Side * 2) + (slot * points.Count);
        var plot = Height - Top - Bottom;
        var max = Math.Max(1, points.Max(p => p.Bar));
        var bars = new List<Markup>();
        var line = new List<string>();
        var dots = new List<Markup>();
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var x = Side + (i * slot);
            var barHeight = plot * p.Bar / max;
            var bar = H($"<rect class=\"bar\" x=\"{F(x + (slot * 0.15))}\" y=\"{F(Top + plot - barHeight)}\" width=\"{F(slot * 0.7)}\" height=\"{F(barHeight)}\" fill=\"#3b6fb6\"><title>{p.Label}: {p.Description}</title></rect>");
            bars.Add(p.Href is null || p.Line is not null ? bar : H($"<a href=\"{p.Href}\">{bar}</a>"));
            bars.Add(H($"<text x=\"{F(x + (slot / 2.0))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1f2937\">{p.Label}</text>"));
            if (p.Line is { } value)
            {
                var y = Top + (plot * (1 - value) / 2);
                line.Add($"{F(x + (slot / 2.0))},{F(y)}");
                var dot = H($"<circle class=\"point\" cx=\"{F(x + (slot / 2.0))}\" cy=\"{F(y)}\" r=\"6\" fill=\"#9a3412\" stroke=\"#ffffff\" stroke-width=\"2\"><title>{p.Label}: {p.Description}</title></circle>");
                dots.Add(p.Href is null ? dot : H($"<a class=\"point-link\" href=\"{p.Href}\" aria-label=\"{p.Label}: {p.Description}\">{dot}</a>"));
            }
        }
        var axis = H($"""
            <line x1="{Side}" y1="{Top + plot}" x2="{width - Side}" y2="{Top + plot}" stroke="#4b5563" stroke-width="1"/>
            <text x="{Side - 6}" y="{Top + 4}" text-anchor="end" font-size="11" fill="#1f2937">{F(max)}</text>
            <text x="{Side - 6}" y="{Top + plot}" text-anchor="end" font-size="11" fill="#1f2937">0</text>
            """);
        var toneAxis = lineLabel is null ? Markup.Empty : H($"""
            <line x1="{Side}" y1="{F(Top + (plot / 2.0))}" x2="{width - Side}" y2="{F(Top + (plot / 2.0))}" stroke="#9ca3af" stroke-width="1" stroke-dasharray="4 4"/>
            <text x="{width - Side + 6}" y="{Top + 4}" font-size="11" fill="#9a3412">+1</text>
            <text x="{width - Side + 6}" y="{F(Top + (plot / 2.0) + 4)}" font-size="11" fill="#9a3412">0</text>
            <text x="{width - Side + 6}" y="{Top + plot}" font-size="11" fill="#9a3412">−1</text>
            <polyline points="{string.Join(' ', line)}" fill="none" stroke="#9a3412" stroke-width="2"/>
            """);
        var legend = lineLabel is null ? H($"<p class=\"chart-legend\"><span class=\"key key-bar\"></span> {barLabel}</p>")
            : H($"<p class=\"chart-legend\"><span class=\"key key-bar\"></span> {barLabel} <span class=\"key key-line\"></span> {lineLabel}</p>");
        var table = H($"""
            <details class="chart-data"><summary>البيانات جدولًا</summary>
            <table><thead><tr><th scope="col">الفترة</th><th scope="col">{barLabel}</th>{(lineLabel is null ? Markup.Empty : H($"<th scope=\"col\">{lineLabel}</th>"))}</tr></thead>
            <tbody>{Join(points.Select(p => H($"<tr><th scope=\"row\">{(p.Href is null ? Html.Text(p.Label) : H($"<a href=\"{p.Href}\">{p.Label}</a>"))}</th><td>{F(p.Bar)}</td>{(lineLabel is null ? Markup.Empty : H($"<td>{(p.Line is { } l ? F(l) : "")}</td>"))}</tr>")))}</tbody></table>
            </details>
            """);
        return H($"""
            <figure class="chart" id="{id}">
            <div class="chart-scroll" dir="ltr">
            <svg xmlns="http://www.w3.org/2000/svg" role="{(points.Any(p => p.Href is not null) ? "group" : "img")}" aria-labelledby="{id}-title" viewBox="0 0 {width} {Height}" width="{width}" height="{Height}">
            <title id="{id}-title">{title}</title>
            {axis}{Join(bars)}{toneAxis}{Join(dots)}
            </svg>
            </div>
            <figcaption>{title}</figcaption>
            {legend}{table}
            </figure>
            """);
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
