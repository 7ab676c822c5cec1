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
    private readonly NumberLexicon _numberWords = knowledge.Numbers;
    private readonly StartWords _startWords = StartWordsOf(knowledge.Calendar);

    /// <summary>Words a reader tests with every proclitic reading (هذا، أوائل), so matched as <see cref="Clitics.AnyReadingIn"/> matches them.</summary>
    private readonly HashSet<string> _startWordsWithProclitics = [.. knowledge.Calendar.ThisWords, .. knowledge.Calendar.DecadeModifiers];

    public string Name => "times";

    public void Process(Document document)
    {
        var anchor = PublishedAnchor.Parse(document.First<PublicationDate>()?.Value);
        var regions = document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Dateline or SegmentKind.Body).ToList();
        regions.RemoveAll(r => r.Kind == SegmentKind.Dateline && regions.Any(b => b.Kind == SegmentKind.Body && b.Contains(r)));
        int? lastYear = null;
        foreach (var region in regions)
        {
            var (first, end) = document.TokenRange(region.Start, region.End);
            var i = first;
            while (i < end)
            {
                var found = MayStartAt(document.Tokens[i]) ? ReadAt(document, i, end, anchor, lastYear) : null;
                if (found is null)
                {
                    i++;
                    continue;
                }
                var (tokenEnd, value, grain) = found.Value;
                if (grain != TimeGrain.Duration && value is { Length: >= 4 } && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    lastYear = year;
                }
                var (start, stop) = document.OriginalSpan(i, tokenEnd);
                document.Add(new TimeExpression(start, document.BalancedEnd(start, stop), value, grain));
                i = tokenEnd;
            }
        }
    }

    /// <summary>The time expression starting at token <paramref name="i"/>, read by the first reader that finds one.</summary>
    internal (int End, string? Value, TimeGrain Grain)? ReadAt(Document document, int i, int end, PublishedAnchor? anchor, int? lastYear) =>
        SameYear(document, i, end, lastYear) ?? YearRange(document, i, end) ?? MonthsOfYear(document, i, end, anchor) ?? Since(document, i, end, anchor) ?? PastSpan(document, i, end, anchor) ?? DayRange(document, i, end, anchor) ?? Season(document, i, end, anchor)
            ?? RelativePeriod(document, i, end, anchor) ?? Decade(document, i, end) ?? InYearNamed(document, CalendarDate(document, i, end, anchor), end, lastYear) ?? Duration(document, i, end);

    /// <summary>
    /// Whether any reader of <see cref="ReadAt"/> can start at the token: most tokens are none of
    /// the words or numbers an expression opens on, and are passed after a look-up or two instead
    /// of a dozen readers' look-ups and the number reader's.
    /// </summary>
    internal bool MayStartAt(Token token) =>
        _startWords.Admits(token.Text) || _dates.MayStartAt(token) || _numbers.MayStartAt(token) || Clitics.AnyReadingIn(token.Text, _startWordsWithProclitics);

    /// <summary>
    /// The words the readers open on, each as its reader tests the first token (as it stands or
    /// without a conjunction): a month before من نفس العام and the «same year» words, الأشهر of
    /// the first or last months, منذ, the definite plurals of a span counted back, the openers of a
    /// day range, seasons, periods, decades, dual durations, a singular time noun with ل glued to
    /// it and the first words of the leaders of one unit of time.
    /// </summary>
    private static StartWords StartWordsOf(CalendarLexicon calendar) => new(
        ((IEnumerable<string>)["نفس", "ذات", "العام", "السنه", "الاشهر", "الشهور"]).Concat(calendar.MonthNames.Keys).Concat(calendar.SinceWords)
            .Concat(calendar.PeriodPlurals.Keys).Concat(calendar.RangeOpeners).Concat(calendar.Seasons.Keys).Concat(calendar.Periods.Keys)
            .Concat(calendar.Decades.Keys).Concat(calendar.DualDurations.Keys).Concat(calendar.SingleUnits.Keys.Select(unit => "ل" + unit))
            .Concat(calendar.SingleUnitLeaders.Select(leader => leader[0])));

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
            var offsetAfter = tokenEnd < end && knowledge.Calendar.PeriodOffsets.TryGetValue(document.Tokens[tokenEnd].Text, out var o) ? o : 0;
            var named = offsetAfter > 0;
            var next = named || (offsetAfter == 0 && FutureCueBefore(document, mention.TokenStart));
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            // الاثنين المقبل on a Monday is a week on; a Monday still ahead in the clause's words is today.
            var date = next ? published.AddDays(((int)weekday - (int)published.DayOfWeek + 7) % 7 is var ahead && ahead == 0 && named ? 7 : ahead) : published.AddDays(-back);
            return (named ? tokenEnd + 1 : tokenEnd, Iso(date), TimeGrain.Day);
        }
        return null;
    }

    /// <summary>
    /// Whether the clause before a token speaks of what is still ahead (يستعد الرئيس لقمة مرتقبة
    /// … الثلاثاء): a future cue a few words back, with no comma or sentence break between and no
    /// كان before it.
    /// </summary>
    private bool FutureCueBefore(Document document, int token)
    {
        const int reach = 12;
        var text = document.Normalized.Text;
        for (var k = token - 1; k >= Math.Max(0, token - reach); k--)
        {
            for (var c = document.Tokens[k].End; c < document.Tokens[k + 1].Start; c++)
            {
                if (text[c] is '.' or '\n' or '؟' or '?' or '!' or '؛' or '،' or ',')
                {
                    return false;
                }
            }
            if (Clitics.AnyReadingIn(document.Tokens[k].Text, knowledge.Calendar.FutureCues))
            {
                // وكان من المقرر، وكان يعتزم: what was ahead then is past now.
                return !(k > 0 && Clitics.WithoutConjunction(document.Tokens[k - 1].Text) is "كان" or "كانت")
                    && !(k > 1 && Clitics.WithoutConjunction(document.Tokens[k - 2].Text) is "كان" or "كانت");
            }
        }
        return false;
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

    /// <summary>
    /// «The same year» (نفس العام، العام نفسه، ذات العام، السنة ذاتها) is the year the text named last;
    /// a month before it (أيلول من نفس العام) is that month of that year.
    /// </summary>
    private (int End, string? Value, TimeGrain Grain)? SameYear(Document document, int i, int end, int? lastYear)
    {
        if (lastYear is not int year)
        {
            return null;
        }
        var tokens = document.Tokens;
        if (i + 2 < end && tokens[i + 1].Text == "من" && !document.PunctuationBetween(i, i + 1) && SameYearAt(document, i + 2, end) is int monthEnd
            && _calendar.MonthNames.TryGetValue(Clitics.WithoutConjunction(tokens[i].Text), out var month))
        {
            return (monthEnd, $"{year:D4}-{month:D2}", TimeGrain.Month);
        }
        return SameYearAt(document, i, end) is int yearEnd ? (yearEnd, $"{year:D4}", TimeGrain.Year) : null;
    }

    /// <summary>
    /// A day and month (25 يناير، سبتمبر/أيلول) followed by من نفس العام: the year is the one the text
    /// named last, not the publication's the date was given; any other date as it was read.
    /// </summary>
    private static (int End, string? Value, TimeGrain Grain)? InYearNamed(Document document, (int End, string? Value, TimeGrain Grain)? date, int end, int? lastYear) =>
        lastYear is int year && date is (var dateEnd, { Length: >= 7 } value, TimeGrain.Month or TimeGrain.Day) && dateEnd + 1 < end
            && document.Tokens[dateEnd].Text == "من" && !document.PunctuationBetween(dateEnd - 1, dateEnd) && SameYearAt(document, dateEnd + 1, end) is int sameEnd
            ? (sameEnd, $"{year:D4}{value[4..]}", value.Length > 7 ? TimeGrain.Day : TimeGrain.Month)
            : date;

    /// <summary>Where a «same year» phrase starting at the token ends, or null.</summary>
    private static int? SameYearAt(Document document, int at, int end)
    {
        if (at + 1 >= end || document.Tokens[at + 1].Text is not ("العام" or "السنه" or "نفسه" or "ذاته" or "نفسها" or "ذاتها") || document.PunctuationBetween(at, at + 1))
        {
            return null;
        }
        var (first, second) = (Clitics.WithoutConjunction(document.Tokens[at].Text), document.Tokens[at + 1].Text);
        return (first, second) switch
        {
            ("نفس" or "ذات", "العام" or "السنه") => at + 2,
            ("العام", "نفسه" or "ذاته") or ("السنه", "نفسها" or "ذاتها") => at + 2,
            _ => null,
        };
    }

    /// <summary>
    /// Two years joined by a dash or slash, the second later and written whole or by its last two
    /// digits (موسم 2013-2014، الفترة 2013-14، العام المالي 2017/2018) → the interval 2013/2014.
    /// </summary>
    private static (int End, string? Value, TimeGrain Grain)? YearRange(Document document, int i, int end)
    {
        var tokens = document.Tokens;
        if (i + 1 >= end || DateScanner.ReadYear(tokens, i, end) is not int from)
        {
            return null;
        }
        var between = document.Normalized.Text[tokens[i].End..tokens[i + 1].Start].Trim();
        if (between is not ("-" or "/" or "–" or "—"))
        {
            return null;
        }
        var second = tokens[i + 1].Text;
        int? to = DateScanner.ReadYear(tokens, i + 1, end) ?? (second.Length == 2 && second.All(char.IsAsciiDigit) ? from / 100 * 100 + int.Parse(second, CultureInfo.InvariantCulture) : null);
        return to is int last && last > from && last - from <= 10 ? (i + 2, $"{from:D4}/{last:D4}", TimeGrain.Interval) : null;
    }

    /// <summary>
    /// The first or last months of a year (الأشهر الخمسة الأولى من 2018 → 2018-01/2018-05, الشهور
    /// الثلاثة الأخيرة من عام 2017 → 2017-10/2017-12, الأشهر التسعة الأولى من العام الجاري).
    /// </summary>
    private (int End, string? Value, TimeGrain Grain)? MonthsOfYear(Document document, int i, int end, PublishedAnchor? anchor)
    {
        var tokens = document.Tokens;
        if (i + 4 >= end || tokens[i + 3].Text != "من" || Clitics.WithoutConjunction(tokens[i].Text) is not ("الاشهر" or "الشهور") || document.PunctuationBetween(i, i + 4))
        {
            return null;
        }
        var count = tokens[i + 1].Text.StartsWith("ال", StringComparison.Ordinal) && _numberWords.Units.TryGetValue(tokens[i + 1].Text[2..], out var value) && value is >= 1 and <= 11 ? (int)value.Value : 0;
        var first = tokens[i + 2].Text == "الاولي";
        if (count == 0 || !(first || tokens[i + 2].Text == "الاخيره"))
        {
            return null;
        }
        var at = i + 4;
        if (tokens[at].Text == "عام" && at + 1 < end && !document.PunctuationBetween(at, at + 1))
        {
            at++;
        }
        var (from, to) = first ? (1, count) : (13 - count, 12);
        if (DateScanner.ReadYear(tokens, at, end) is int year)
        {
            return (at + 1, $"{year:D4}-{from:D2}/{year:D4}-{to:D2}", TimeGrain.Interval);
        }
        // Of a year the publication date fixes (العام الجاري، العام الماضي).
        return RelativePeriod(document, at, end, anchor) is (var periodEnd, { Length: 4 } relative, TimeGrain.Year)
            ? (periodEnd, $"{relative}-{from:D2}/{relative}-{to:D2}", TimeGrain.Interval)
            : null;
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
        var length = Length(document, i, end) ?? SingleUnit(document, i, end);
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

    /// <summary>
    /// One unit of time: a singular time noun after a word that measures a length (لمدة عام، أكثر
    /// من عام، على مدى سنة), or with the preposition ل glued to it (لأسبوع); the span holds the
    /// leader. Not when a number, month, weekday or definite noun follows it (لعام 2015، طوال يوم الجمعة، ليوم الأرض).
    /// </summary>
    private (int End, double? Count, string Designator)? SingleUnit(Document document, int i, int end)
    {
        var tokens = document.Tokens;
        var word = Clitics.WithoutConjunction(tokens[i].Text);
        var noun = -1;
        string? designator = null;
        if (word.Length > 2 && word[0] == 'ل' && _calendar.SingleUnits.TryGetValue(word[1..], out var glued) && _calendar.GluedUnits.Contains(glued))
        {
            noun = i;
            designator = glued;
        }
        else
        {
            foreach (var leader in _calendar.SingleUnitLeaders)
            {
                var after = i + leader.Count;
                if (after < end && LeaderAt(document, i, word, leader) && !document.PunctuationBetween(after - 1, after)
                    && _calendar.SingleUnits.TryGetValue(tokens[after].Text, out designator))
                {
                    noun = after;
                    break;
                }
            }
        }
        if (designator is null || noun < 0 || (noun + 1 < end && !document.PunctuationBetween(noun, noun + 1) && NamesADate(tokens, noun + 1, end)))
        {
            return null;
        }
        // عام ونصف: one and a half.
        return noun + 1 < end && tokens[noun + 1].Text == "ونصف" && !document.PunctuationBetween(noun, noun + 1) ? (noun + 2, 1.5, designator) : (noun + 1, 1, designator);
    }

    /// <summary>Whether the leader's words stand from the token on (its first read without a conjunction), nothing between them.</summary>
    private static bool LeaderAt(Document document, int i, string first, IReadOnlyList<string> leader)
    {
        if (first != leader[0])
        {
            return false;
        }
        for (var k = 1; k < leader.Count; k++)
        {
            if (i + k >= document.Tokens.Count || document.Tokens[i + k].Text != leader[k] || document.PunctuationBetween(i + k - 1, i + k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a number, a month, a weekday or a definite noun starts at the token, making the time
    /// noun before it a date or a named day (ليوم الأرض، لعام الخير) rather than a length.
    /// </summary>
    private bool NamesADate(IReadOnlyList<Token> tokens, int at, int end) =>
        tokens[at].Text.StartsWith("ال", StringComparison.Ordinal) || _calendar.NamedMonths.Contains(tokens[at].Text) || _numbers.ReadAt(tokens, at, end) is not null || _calendar.MonthNames.ContainsKey(tokens[at].Text) || _calendar.MonthFirstWords.Contains(tokens[at].Text) || _calendar.Weekdays.ContainsKey(tokens[at].Text);

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
