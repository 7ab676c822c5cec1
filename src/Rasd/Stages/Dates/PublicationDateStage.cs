using System.Globalization;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using static Rasd.Stages.Dates.CalendarDates;

namespace Rasd.Stages.Dates;

/// <summary>
/// Fixes the publication date, in order of trust: a date the user or a feed supplied; container
/// metadata; the dateline; an expression anchored on the day of writing (<c>اليوم الأربعاء 16
/// أكتوبر 2024</c>, <c>يوم أمس الخميس 16 تموز</c>, whose missing year is the first year after the
/// latest past year the text names in which that day falls on that weekday); a month marked as
/// current (<c>نوفمبر الجاري</c>) with the latest past year named. Otherwise null: never the file's
/// date, never a guess.
/// </summary>
public sealed class PublicationDateStage(KnowledgeBase knowledge) : IPipelineStage
{
    private readonly DateScanner _scanner = new(knowledge.Calendar);

    public string Name => "publication-date";

    public void Process(Document document)
    {
        if (document.SuppliedPublished is { } supplied)
        {
            document.Add(new PublicationDate(supplied, "supplied", 0, 0));
            return;
        }
        if (document.Metadata.Published is { } fromMetadata)
        {
            document.Add(new PublicationDate(fromMetadata, "metadata", 0, 0));
            return;
        }
        var scope = ArticleScope(document);
        var mentions = _scanner.Scan(document.Normalized.Text, document.Tokens, scope.First, scope.End);
        var latestPastYear = mentions.Where(m => m.Year is not null && !m.FutureMarked && !m.NamesInstance).Select(m => m.Year).Max();
        var dateline = document.All<Segment>().FirstOrDefault(s => s.Kind == SegmentKind.Dateline);
        if (dateline is not null && FromDateline(document, dateline, latestPastYear) is { } fromDateline)
        {
            document.Add(fromDateline);
            return;
        }
        foreach (var mention in mentions)
        {
            if (mention.RelativeDay is int offset && mention is { Day: int day, Month: int month })
            {
                var value = AnchoredDay(day, month, mention.Year, mention.Weekday, offset, latestPastYear);
                document.Add(Evidence(document, mention, value, "anchored-day"));
                return;
            }
        }
        foreach (var mention in mentions)
        {
            if (mention is { RelativeMonth: 0, Month: int month })
            {
                var year = mention.Year ?? latestPastYear;
                var value = year is null ? null : $"{year:D4}-{month:D2}";
                document.Add(Evidence(document, mention, value, "current-month"));
                return;
            }
        }
        document.Add(new PublicationDate(null, "none", 0, 0));
    }

    private PublicationDate? FromDateline(Document document, Segment dateline, int? latestPastYear)
    {
        var (first, end) = document.TokenRange(dateline.Start, dateline.End);
        var mention = _scanner.Scan(document.Normalized.Text, document.Tokens, first, end).FirstOrDefault(m => m.Month is not null);
        if (mention is { Day: int day, Month: int month })
        {
            var value = mention.Year is int year ? Iso(year, month, day) : null;
            return new PublicationDate(value, mention.Year is null ? "dateline-without-year" : "dateline", dateline.Start, dateline.End);
        }
        if (end - first >= 2 && int.TryParse(document.Tokens[first].Text, CultureInfo.InvariantCulture, out var d) && int.TryParse(document.Tokens[first + 1].Text, CultureInfo.InvariantCulture, out var m)
            && d is >= 1 and <= 31 && m is >= 1 and <= 12)
        {
            var year = end - first >= 3 && document.Tokens[first + 2].Text.Length == 4 && int.TryParse(document.Tokens[first + 2].Text, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            return new PublicationDate(year is int yy ? Iso(yy, m, d) : null, year is null ? "dateline-without-year" : "dateline", dateline.Start, dateline.End);
        }
        return null;
    }

    /// <summary>The day of writing, given a dated expression that lies <paramref name="offset"/> days from it.</summary>
    internal static string? AnchoredDay(int day, int month, int? year, DayOfWeek? weekday, int offset, int? latestPastYear)
    {
        if (year is int y)
        {
            return IsValid(y, month, day) ? Iso(new DateOnly(y, month, day).AddDays(-offset)) : null;
        }
        if (weekday is not DayOfWeek wd || latestPastYear is not int after)
        {
            return null;
        }
        for (var candidate = after + 1; candidate <= after + 28; candidate++)
        {
            if (IsValid(candidate, month, day) && new DateOnly(candidate, month, day).DayOfWeek == wd)
            {
                return Iso(new DateOnly(candidate, month, day).AddDays(-offset));
            }
        }
        return null;
    }

    private static (int First, int End) ArticleScope(Document document)
    {
        var title = document.All<Segment>().FirstOrDefault(s => s.Kind == SegmentKind.Title);
        var body = document.All<Segment>().FirstOrDefault(s => s.Kind == SegmentKind.Body);
        var start = title?.Start ?? body?.Start ?? 0;
        var end = body?.End ?? title?.End ?? document.Text.Length;
        return document.TokenRange(start, end);
    }

    private static PublicationDate Evidence(Document document, DateMention mention, string? value, string basis)
    {
        var (start, end) = document.OriginalSpan(mention.TokenStart, mention.TokenEnd);
        return new PublicationDate(value, basis, start, end);
    }

}
