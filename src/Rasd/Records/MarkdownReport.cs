using System.Globalization;
using System.Text;

namespace Rasd.Records;

/// <summary>A readable Arabic report of one analysis record, one section per category.</summary>
public static class MarkdownReport
{
    public static string Render(AnalysisRecord record)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {record.Title ?? "(بدون عنوان)"}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- **الملف:** `{record.File}`");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **تاريخ النشر:** {record.Published ?? "غير محدد"}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **المصادر:** {(record.Sources.Count == 0 ? "—" : string.Join("، ", record.Sources.Select(s => $"{s.Name} (`{s.Id}`)")))}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- **الناشر:** {(record.Publisher is null ? "—" : $"`{record.Publisher}`")}");
        md.AppendLine();
        Section(md, "الكيانات", record.Entities, "| الكيان | النوع | المعرف | الأدوار | الإشارات |", "|---|---|---|---|---|",
            e => $"| {Cell(e.Name)} | {e.Type} | `{e.Id}`{Uncertainty(e)} | {Cell(string.Join("، ", e.Roles))} | {Cell(string.Join("، ", e.Mentions.Select(m => m.Text).Distinct()))} ({e.Mentions.Count}) |");
        Section(md, "الاقتباسات", record.Quotes, "| المتحدث | النوع | النص |", "|---|---|---|",
            q => $"| {Cell(q.SpeakerText ?? q.Speaker ?? "؟")} `{q.Speaker ?? "null"}` | {(q.Kind == "direct" ? "مباشر" : "غير مباشر")} | {Cell(Shorten(q.Text, 160))} |");
        Section(md, "الأرقام", record.Amounts, "| النص | القيمة | الوحدة | التقدير |", "|---|---|---|---|",
            a => $"| {Cell(a.Text)} | {a.Value?.ToString("#,0.###", CultureInfo.InvariantCulture) ?? "—"} | {a.Unit} | {a.Qualifier} |");
        Section(md, "الأزمنة", record.Times, "| النص | القيمة | الدقة |", "|---|---|---|",
            t => $"| {Cell(t.Text)} | {t.Value ?? "غير محدد"} | {t.Grain} |");
        Section(md, "العلاقات", record.Relations, "| الطرفان | المواضيع | النبرة | الشواهد | أول شاهد |", "|---|---|---|---|---|",
            r => $"| {r.A} ↔ {r.B} | {string.Join(", ", r.Topics)} | {r.Tone.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} | {r.Evidence.Count} | {Cell(Shorten(Evidence(record, r), 120))} |");
        return md.ToString();
    }

    private static void Section<T>(StringBuilder md, string heading, IReadOnlyList<T> items, string header, string rule, Func<T, string> row)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## {heading} ({items.Count})");
        md.AppendLine();
        if (items.Count == 0)
        {
            md.AppendLine("لا شيء.");
            md.AppendLine();
            return;
        }
        md.AppendLine(header);
        md.AppendLine(rule);
        foreach (var item in items)
        {
            md.AppendLine(row(item));
        }
        md.AppendLine();
    }

    private static string Uncertainty(EntityRecord entity) =>
        entity.Alternatives is { Count: > 0 } alternatives ? $" (ملتبس: {string.Join("، ", alternatives.Select(a => $"`{a}`"))})"
        : entity.Confidence < 0.9 ? string.Create(CultureInfo.InvariantCulture, $" ({entity.Confidence:0.00})") : string.Empty;

    private static string Evidence(AnalysisRecord record, RelationRecord relation) =>
        relation.Evidence.Count == 0 ? string.Empty : record.Text[relation.Evidence[0].Start..relation.Evidence[0].End];

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string Shorten(string value, int length) => value.Length <= length ? value : value[..length] + "…";
}
