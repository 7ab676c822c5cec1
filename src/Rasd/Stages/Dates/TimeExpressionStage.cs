using System.Globalization;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;
using static Rasd.Stages.Dates.CalendarDates;

namespace Rasd.Stages.Dates;

/// <summary>
/// Finds time expressions in the title, dateline and body and gives each an ISO 8601 / TIMEX3
/// value resolved against the publication date: dates in both month series, month-years, years,
/// decades (أوائل التسعينات → 1990s), relative days and periods (أمس، هذا العام، ديسمبر المقبل),
/// spans counted back (السنوات الأربع الماضية → 2020/2024), points counted back (منذ أربع سنوات)
/// and durations (ثلاثة أشهر → P3M). What the anchor cannot fix keeps a null value: a time is
/// never invented.
/// </summary>
public sealed class TimeExpressionStage(KnowledgeBase knowledge) : IPipelineStage
{
    private readonly DateScanner _dates = new(knowledge.Calendar);
    private readonly ArabicNumberReader _numbers = new(knowledge.Numbers);
    private readonly CalendarLexicon _calendar = knowledge.Calendar;

    public string Name => "times";

    public void Process(Document document)
    {
        var anchor = PublishedAnchor.Parse(document.First<PublicationDate>()?.Value);
        var regions = document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Dateline or SegmentKind.Body).ToList();
        regions.RemoveAll(r => r.Kind == SegmentKind.Dateline && regions.Any(b => b.Kind == SegmentKind.Body && b.Contains(r)));
        foreach (var region in regions)
        {
            var (first, end) = document.TokenRange(region.Start, region.End);
            var i = first;
            while (i < end)
            {
                var found = Since(document, i, end, anchor) ?? PastSpan(document, i, end, anchor) ?? DayRange(document, i, end, anchor) ?? Season(document, i, end, anchor)
                    ?? RelativePeriod(document, i, end, anchor) ?? Decade(document, i, end) ?? CalendarDate(document, i, end, anchor) ?? Duration(document, i, end);
                if (found is null)
                {
                    i++;
                    continue;
                }
                var (tokenEnd, value, grain) = found.Value;
                var (start, stop) = document.OriginalSpan(i, tokenEnd);
                document.Add(new TimeExpression(start, document.BalancedEnd(start, stop), value, grain));
                i = tokenEnd;
            }
        }
    }

    private (int End, string? Value, TimeGrain Grain)? CalendarDate(Document document, int i, int end, PublishedAnchor? anchor)
    {
        var mention = _dates.ReadAt(document.Normalized.Text, document.Tokens, i, end);
        if (mention is null)
        {
            return null;
        }
        var tokenEnd = mention.TokenEnd;
        if (mention.Month is int month)
        {
            if (mention.Day is int day)
            {
                var year = mention.Year ?? DayYear(month, day, mention.RelativeMonth, anchor);
                return (tokenEnd, year is int y && IsValid(y, month, day) ? Iso(new DateOnly(y, month, day)) : null, TimeGrain.Day);
            }
            var monthYear = mention.Year ?? MonthYear(month, mention.RelativeMonth, anchor);
            return (tokenEnd, monthYear is int my ? $"{my:D4}-{month:D2}" : null, TimeGrain.Month);
        }
        if (mention.Year is int onlyYear)
        {
            return (tokenEnd, onlyYear.ToString("D4", CultureInfo.InvariantCulture), TimeGrain.Year);
        }
        if (anchor?.Date is not DateOnly published)
        {
            return (tokenEnd, null, TimeGrain.Day);
        }
        if (mention.RelativeDay is int offset)
        {
            return (tokenEnd, Iso(published.AddDays(offset)), TimeGrain.Day);
        }
        if (mention.Weekday is DayOfWeek weekday)
        {
            var next = tokenEnd < end && knowledge.Calendar.PeriodOffsets.TryGetValue(document.Tokens[tokenEnd].Text, out var o) && o > 0;
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            var date = next ? published.AddDays(((int)weekday - (int)published.DayOfWeek + 7) % 7 is var ahead && ahead == 0 ? 7 : ahead) : published.AddDays(-back);
            return (next ? tokenEnd + 1 : tokenEnd, Iso(date), TimeGrain.Day);
        }
        return null;
    }

    /// <summary>The year of a day and month the text leaves without one: the year that puts it nearest the publication date.</summary>
    private static int? DayYear(int month, int day, int? relativeMonth, PublishedAnchor? anchor)
    {
        if (anchor is null)
        {
            return null;
        }
        if (relativeMonth == 0 || anchor.Month is not int publishedMonth)
        {
            return relativeMonth == 0 || anchor.Month is null ? anchor.Year : null;
        }
        var reference = new DateOnly(anchor.Year, publishedMonth, anchor.Day ?? 15);
        return new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }
            .Where(y => IsValid(y, month, day))
            .MinBy(y => Math.Abs(new DateOnly(y, month, day).DayNumber - reference.DayNumber));
    }

    private static int? MonthYear(int month, int? relativeMonth, PublishedAnchor? anchor)
    {
        if (anchor is null)
        {
            return null;
        }
        if (anchor.Month is not int publishedMonth)
        {
            return relativeMonth == 0 ? anchor.Year : null;
        }
        return relativeMonth switch
        {
            0 => anchor.Year,
            > 0 => month > publishedMonth ? anchor.Year : anchor.Year + 1,
            < 0 => month < publishedMonth ? anchor.Year : anchor.Year - 1,
            null => Math.Abs(month - publishedMonth) <= 6 ? anchor.Year : month > publishedMonth ? anchor.Year - 1 : anchor.Year + 1,
        };
    }

    /// <summary>بين 11 و17 سبتمبر 2018، من 3 إلى 5 مايو، 11-17 سبتمبر → a span of days.</summary>
    private (int End, string? Value, TimeGrain Grain)? DayRange(Document document, int i, int end, PublishedAnchor? anchor)
    {
        var tokens = document.Tokens;
        var at = _calendar.RangeOpeners.Contains(tokens[i].Text) ? i + 1 : i;
        if (at + 2 >= end || DayNumber(tokens[at]) is not int from)
        {
            return null;
        }
        var next = at + 1;
        if (_calendar.RangeJoiners.Contains(tokens[next].Text))
        {
            next++;
        }
        else if (!document.Normalized.Text[tokens[at].End..tokens[next].Start].Contains('-', StringComparison.Ordinal))
        {
            return null;
        }
        if (next >= end || DayNumber(tokens[next]) is not int to || to <= from)
        {
            return null;
        }
        var mention = _dates.ReadAt(document.Normalized.Text, tokens, next, end);
        if (mention is not { Day: int, Month: int month } || mention.Day != to)
        {
            return null;
        }
        var year = mention.Year ?? DayYear(month, to, mention.RelativeMonth, anchor);
        var value = year is int y && IsValid(y, month, from) && IsValid(y, month, to) ? $"{Iso(new DateOnly(y, month, from))}/{Iso(new DateOnly(y, month, to))}" : null;
        return (mention.TokenEnd, value, TimeGrain.Interval);
    }

    /// <summary>صيف 2014، الشتاء الماضي، ربيع هذا العام → a TIMEX3 season.</summary>
    private (int End, string? Value, TimeGrain Grain)? Season(Document document, int i, int end, PublishedAnchor? anchor)
    {
        var tokens = document.Tokens;
        if (!_calendar.Seasons.TryGetValue(Clitics.WithoutConjunction(tokens[i].Text), out var code) || i + 1 >= end)
        {
            return null;
        }
        var at = i + 1;
        if (at < end && tokens[at].Text is "عام" or "العام" or "سنه")
        {
            at++;
        }
        var mention = at < end ? _dates.ReadAt(document.Normalized.Text, tokens, at, end) : null;
        if (mention is { Year: int year, Month: null })
        {
            return (mention.TokenEnd, $"{year:D4}-{code}", TimeGrain.Season);
        }
        if (RelativePeriod(document, i + 1, end, anchor) is { Grain: TimeGrain.Year } period)
        {
            return (period.End, period.Value is null ? null : $"{period.Value}-{code}", TimeGrain.Season);
        }
        if (_calendar.PeriodOffsets.TryGetValue(tokens[i + 1].Text, out var offset))
        {
            return (i + 2, anchor is null ? null : $"{anchor.Year + offset:D4}-{code}", TimeGrain.Season);
        }
        return null;
    }

    private static int? DayNumber(Token token) => token.IsNumber && int.TryParse(token.Text, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    /// <summary>هذا العام، العام الماضي، الشهر المقبل، الأسبوع الجاري.</summary>
    private (int End, string? Value, TimeGrain Grain)? RelativePeriod(Document document, int i, int end, PublishedAnchor? anchor)
    {
        var tokens = document.Tokens;
        var at = i;
        var hasThis = Clitics.AnyReadingIn(tokens[at].Text, _calendar.ThisWords);
        if (hasThis)
        {
            at++;
        }
        if (at >= end || !_calendar.Periods.TryGetValue(Clitics.WithoutConjunction(tokens[at].Text), out var period))
        {
            return null;
        }
        at++;
        int offset;
        if (at < end && _calendar.PeriodOffsets.TryGetValue(tokens[at].Text, out var o))
        {
            offset = o;
            at++;
        }
        else if (hasThis)
        {
            offset = 0;
        }
        else
        {
            return null;
        }
        string? value = null;
        TimeGrain grain;
        switch (period)
        {
            case "year":
                grain = TimeGrain.Year;
                value = anchor is null ? null : (anchor.Year + offset).ToString("D4", CultureInfo.InvariantCulture);
                break;
            case "month":
                grain = TimeGrain.Month;
                if (anchor?.Month is int m)
                {
                    var shifted = new DateOnly(anchor.Year, m, 1).AddMonths(offset);
                    value = $"{shifted.Year:D4}-{shifted.Month:D2}";
                }
                break;
            default:
                grain = TimeGrain.Week;
                if (anchor?.Date is DateOnly date)
                {
                    var day = date.AddDays(7 * offset).ToDateTime(TimeOnly.MinValue);
                    value = $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}";
                }
                break;
        }
        return (at, value, grain);
    }

    /// <summary>أوائل التسعينات، الثمانينيات، تسعينات القرن الماضي → the decade.</summary>
    private (int End, string? Value, TimeGrain Grain)? Decade(Document document, int i, int end)
    {
        var tokens = document.Tokens;
        var at = i;
        if (Clitics.AnyReadingIn(tokens[at].Text, _calendar.DecadeModifiers) && at + 1 < end)
        {
            at++;
        }
        if (!_calendar.Decades.TryGetValue(Clitics.WithoutConjunction(tokens[at].Text), out var decade) && !_calendar.Decades.TryGetValue(tokens[at].Text, out decade))
        {
            return null;
        }
        at++;
        foreach (var tail in _calendar.CenturyTails)
        {
            if (at + tail.Count <= end && tail.Select((w, k) => tokens[at + k].Text == w).All(x => x))
            {
                at += tail.Count;
                break;
            }
        }
        return (at, $"{decade:D4}s", TimeGrain.Decade);
    }

    /// <summary>منذ أربع سنوات → the year (or month, day) that many units before publication.</summary>
    private (int End, string? Value, TimeGrain Grain)? Since(Document document, int i, int end, PublishedAnchor? anchor)
    {
        if (!_calendar.SinceWords.Contains(Clitics.WithoutConjunction(document.Tokens[i].Text)) || i + 1 >= end)
        {
            return null;
        }
        var length = Length(document, i + 1, end);
        if (length is null)
        {
            return null;
        }
        var (lengthEnd, count, designator) = length.Value;
        var grain = designator switch { "M" => TimeGrain.Month, "D" or "W" or "H" => TimeGrain.Day, _ => TimeGrain.Year };
        string? value = null;
        if (anchor is not null && count is double n && n == Math.Floor(n))
        {
            value = designator switch
            {
                "Y" => YearBefore(anchor.Year, n),
                "DECADE" => YearBefore(anchor.Year, 10 * n),
                "M" when anchor.Month is int m => MonthBefore(anchor.Year, m, n),
                "D" when anchor.Date is DateOnly d => DayBefore(d, n),
                "W" when anchor.Date is DateOnly d => DayBefore(d, 7 * n),
                _ => null,
            };
        }
        return (lengthEnd, value, grain);
    }

    // A point counted back past the first year of the era (منذ 8 آلاف سنة، منذ 30 مليون سنة) has no
    // ISO 8601 year of four digits: its value is null, as for any time the text cannot fix.

    private static string? YearBefore(int year, double units) =>
        units < year ? ((int)(year - units)).ToString("D4", CultureInfo.InvariantCulture) : null;

    private static string? MonthBefore(int year, int month, double units)
    {
        var index = (year * 12.0) + (month - 1) - units;
        return index >= 12 ? new DateOnly((int)(index / 12), (int)(index % 12) + 1, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture) : null;
    }

    private static string? DayBefore(DateOnly day, double days) =>
        days < day.DayNumber ? Iso(DateOnly.FromDayNumber(day.DayNumber - (int)days)) : null;

    /// <summary>السنوات الأربع الماضية → the span from that many years before publication to publication.</summary>
    private (int End, string? Value, TimeGrain Grain)? PastSpan(Document document, int i, int end, PublishedAnchor? anchor)
    {
        var tokens = document.Tokens;
        if (i + 2 >= end || !_calendar.PeriodPlurals.TryGetValue(tokens[i].Text, out var designator))
        {
            return null;
        }
        var numberWord = tokens[i + 1].Text.StartsWith("ال", StringComparison.Ordinal) ? tokens[i + 1].Text[2..] : tokens[i + 1].Text;
        if (!knowledge.Numbers.Units.TryGetValue(numberWord, out var count) || count is not double n || !_calendar.PastMarkers.Contains(tokens[i + 2].Text))
        {
            return null;
        }
        string? value = null;
        if (anchor is not null)
        {
            var from = designator switch
            {
                "Y" => YearBefore(anchor.Year, n),
                "DECADE" => YearBefore(anchor.Year, 10 * n),
                "M" when anchor.Month is int m => MonthBefore(anchor.Year, m, n),
                "D" or "W" when anchor.Date is DateOnly d => DayBefore(d, designator == "W" ? 7 * n : n),
                _ => null,
            };
            var to = designator switch
            {
                "Y" or "DECADE" => anchor.Year.ToString("D4", CultureInfo.InvariantCulture),
                "M" when anchor.Month is int m => $"{anchor.Year:D4}-{m:D2}",
                "D" or "W" when anchor.Date is DateOnly d => Iso(d),
                _ => null,
            };
            value = from is null || to is null ? null : $"{from}/{to}";
        }
        return (i + 3, value, TimeGrain.Interval);
    }

    private (int End, string? Value, TimeGrain Grain)? Duration(Document document, int i, int end)
    {
        var length = Length(document, i, end);
        if (length is null)
        {
            return null;
        }
        var (lengthEnd, count, designator) = length.Value;
        if (count is not double n || (designator == "Y" && IsAge(document, i, lengthEnd)))
        {
            return null;
        }
        var amount = n.ToString("0.##", CultureInfo.InvariantCulture);
        var value = designator switch
        {
            "DECADE" => $"P{(10 * n).ToString("0.##", CultureInfo.InvariantCulture)}Y",
            "H" => $"PT{amount}H",
            _ => $"P{amount}{designator}",
        };
        return (lengthEnd, value, TimeGrain.Duration);
    }

    /// <summary>
    /// A number of years that is a person's age: after an age word (يبلغ من العمر 56 عاما، البالغ 40
    /// عاما), or alone in brackets (نزارباييف (74 عاما)).
    /// </summary>
    private bool IsAge(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        for (var k = first - 1; k >= Math.Max(0, first - 2); k--)
        {
            if (_calendar.AgeLeaders.Contains(tokens[k].Text))
            {
                return true;
            }
        }
        var text = document.Normalized.Text;
        var before = first > 0 ? text[tokens[first - 1].End..tokens[first].Start] : text[..tokens[first].Start];
        var after = end < tokens.Count ? text[tokens[end - 1].End..tokens[end].Start] : text[tokens[end - 1].End..];
        return before.TrimEnd().EndsWith('(') && after.TrimStart().StartsWith(')');
    }

    /// <summary>A number followed by a duration noun (ثلاثة أشهر، 20 عاما), or a dual noun alone (عامين).</summary>
    private (int End, double? Count, string Designator)? Length(Document document, int i, int end)
    {
        var tokens = document.Tokens;
        if (_calendar.DualDurations.TryGetValue(Clitics.WithoutConjunction(tokens[i].Text), out var dual))
        {
            var designator = dual.StartsWith("PT", StringComparison.Ordinal) ? "H" : dual[^1..];
            var count = double.Parse(dual.TrimStart('P', 'T')[..^1], CultureInfo.InvariantCulture);
            return (i + 1, designator == "Y" && count >= 10 && dual == "P20Y" ? count / 10 : count, designator == "Y" && dual == "P20Y" ? "DECADE" : designator);
        }
        var number = _numbers.ReadAt(tokens, i, end);
        if (number is null || number.Value is null || number.TokenEnd >= end)
        {
            return null;
        }
        return _calendar.DurationUnits.TryGetValue(tokens[number.TokenEnd].Text, out var unit)
            ? (number.TokenEnd + 1, number.Value, unit)
            : null;
    }

}
