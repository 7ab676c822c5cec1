using Rasd.Text;

namespace Rasd.Data;

/// <summary>Month and weekday names (data/lexicons/calendar.json), keyed by their normalized form.</summary>
public sealed class CalendarLexicon
{
    public CalendarLexicon(CalendarFile file)
    {
        foreach (var month in file.Months)
        {
            foreach (var name in month.Names)
            {
                var folded = ArabicNormalizer.Fold(name);
                MonthNames[folded] = month.Number;
                if (folded.Contains(' ', StringComparison.Ordinal))
                {
                    MonthFirstWords.Add(folded[..folded.IndexOf(' ', StringComparison.Ordinal)]);
                }
            }
        }
        foreach (var name in file.Ambiguous)
        {
            AmbiguousMonthNames.Add(ArabicNormalizer.Fold(name));
        }
        foreach (var weekday in file.Weekdays)
        {
            var day = Enum.Parse<DayOfWeek>(weekday.Day);
            foreach (var name in weekday.Names)
            {
                var folded = ArabicNormalizer.Fold(name);
                Weekdays[folded] = day;
                if (folded.StartsWith("ال", StringComparison.Ordinal))
                {
                    Weekdays.TryAdd(folded[2..], day);
                }
            }
        }

        foreach (var (form, year) in file.Decades.Forms)
        {
            var folded = ArabicNormalizer.Fold(form);
            Decades[folded] = year;
            Decades["ال" + folded] = year;
        }
        DecadeModifiers = Folded(file.Decades.Modifiers);
        CenturyTails = file.Decades.CenturyTails.Select(PhraseMatcher<string>.Words).ToList();
        foreach (var (designator, nouns) in new[] { ("Y", file.DurationUnits.Y), ("M", file.DurationUnits.M), ("W", file.DurationUnits.W), ("D", file.DurationUnits.D), ("H", file.DurationUnits.H), ("DECADE", file.DurationUnits.Decade) })
        {
            foreach (var noun in nouns)
            {
                DurationUnits[ArabicNormalizer.Fold(noun)] = designator;
            }
        }
        foreach (var (noun, value) in file.DurationUnits.Dual)
        {
            DualDurations[ArabicNormalizer.Fold(noun)] = value;
        }
        foreach (var noun in file.DurationUnits.PluralWithArticle)
        {
            var folded = ArabicNormalizer.Fold(noun);
            if (DurationUnits.TryGetValue(folded[2..], out var designator))
            {
                PeriodPlurals[folded] = designator;
            }
        }
        foreach (var (word, grain) in file.RelativePeriods.Periods)
        {
            Periods[ArabicNormalizer.Fold(word)] = grain;
        }
        ThisWords = Folded(file.RelativePeriods.This);
        foreach (var (word, offset) in file.RelativePeriods.Offsets)
        {
            PeriodOffsets[ArabicNormalizer.Fold(word)] = offset;
        }
        PastMarkers = Folded(file.RelativePeriods.PastMarkers);
        SinceWords = Folded(file.RelativePeriods.Since);
        foreach (var (code, names) in new[] { ("SP", file.Seasons.Sp), ("SU", file.Seasons.Su), ("FA", file.Seasons.Fa), ("WI", file.Seasons.Wi) })
        {
            foreach (var name in names)
            {
                Seasons[ArabicNormalizer.Fold(name)] = code;
            }
        }
        RangeOpeners = Folded(file.RangeConnectors.Openers);
        RangeJoiners = Folded(file.RangeConnectors.Joiners);
        foreach (var (form, day) in file.DayOrdinals?.Forms ?? [])
        {
            DayOrdinals[ArabicNormalizer.Fold(form)] = day;
        }
        AgeLeaders = Folded(file.AgeLeaders?.Words ?? []);
        foreach (var (designator, nouns) in file.SingleDurations?.Nouns ?? [])
        {
            foreach (var noun in nouns)
            {
                SingleUnits[ArabicNormalizer.Fold(noun)] = designator;
            }
        }
        SingleUnitLeaders = (file.SingleDurations?.Leaders ?? []).Select(leader => PhraseMatcher<string>.Words(ArabicNormalizer.Fold(leader))).ToList();
        GluedUnits = [.. file.SingleDurations?.Glued ?? []];
        NamedMonths = Folded(file.SingleDurations?.NamedMonths ?? []);
        FutureCues = Folded(file.FutureCues?.Words ?? []);
        YearHeads = Folded(file.YearHeads?.Words ?? []);
    }

    /// <summary>Nouns a year right after them gives the instance of (اتفاق 2015، انتخابات 2016).</summary>
    public HashSet<string> YearHeads { get; }

    /// <summary>Words that place what a clause reports after the publication date (مرتقبة، يستعد، سوف).</summary>
    public HashSet<string> FutureCues { get; }

    /// <summary>The designators whose singular noun may carry the preposition ل glued to it (لأسبوع; لعقد is «to hold»).</summary>
    public HashSet<string> GluedUnits { get; }

    /// <summary>Month names a time noun may precede that name a month, not a length (شهر رمضان).</summary>
    public HashSet<string> NamedMonths { get; }

    /// <summary>Singular time nouns (عام، أسبوع) to their designator, for one unit after a leader (لمدة عام → P1Y).</summary>
    public Dictionary<string, string> SingleUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>The words before a singular time noun that make it a length of time (لمدة، على مدى، أكثر من).</summary>
    public IReadOnlyList<IReadOnlyList<string>> SingleUnitLeaders { get; }

    /// <summary>Ordinal day numbers (الرابع، الحادي والعشرين), one or two words, to the day they name.</summary>
    public Dictionary<string, int> DayOrdinals { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a following number of years an age (يبلغ من العمر، البالغ).</summary>
    public HashSet<string> AgeLeaders { get; }

    /// <summary>Season names to their TIMEX3 code (SP, SU, FA, WI).</summary>
    public Dictionary<string, string> Seasons { get; } = new(StringComparer.Ordinal);

    public HashSet<string> RangeOpeners { get; }

    public HashSet<string> RangeJoiners { get; }

    public Dictionary<string, int> Decades { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DecadeModifiers { get; }

    public IReadOnlyList<IReadOnlyList<string>> CenturyTails { get; }

    /// <summary>Normalized duration noun to its ISO 8601 designator (Y, M, W, D, H, or DECADE).</summary>
    public Dictionary<string, string> DurationUnits { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> DualDurations { get; } = new(StringComparer.Ordinal);

    /// <summary>Definite plurals that open a span counted back from publication (السنوات الأربع الماضية).</summary>
    public Dictionary<string, string> PeriodPlurals { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Periods { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ThisWords { get; }

    public Dictionary<string, int> PeriodOffsets { get; } = new(StringComparer.Ordinal);

    public HashSet<string> PastMarkers { get; }

    public HashSet<string> SinceWords { get; }

    private static HashSet<string> Folded(IEnumerable<string> words) => words.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Normalized month name (one or two words) to month number.</summary>
    public Dictionary<string, int> MonthNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AmbiguousMonthNames { get; } = new(StringComparer.Ordinal);

    /// <summary>First words of two-word month names (كانون، تشرين), so that pairs are only tried where one can start.</summary>
    public HashSet<string> MonthFirstWords { get; } = new(StringComparer.Ordinal);


    public Dictionary<string, DayOfWeek> Weekdays { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a folded word names a time by itself (الأربعاء، الشهر، الماضي، أكتوبر): never part of a name or a subject.</summary>
    public bool IsTimeWord(string folded) =>
        Weekdays.ContainsKey(folded) || Periods.ContainsKey(folded) || PeriodOffsets.ContainsKey(folded) || MonthNames.ContainsKey(folded);

    public sealed record CalendarFile(IReadOnlyList<MonthEntry> Months, IReadOnlyList<string> Ambiguous, IReadOnlyList<WeekdayEntry> Weekdays, DecadeEntry Decades, DurationEntry DurationUnits, RelativePeriodEntry RelativePeriods, SeasonEntry Seasons, RangeEntry RangeConnectors,
        DayOrdinalEntry? DayOrdinals = null, AgeLeaderEntry? AgeLeaders = null, SingleDurationEntry? SingleDurations = null, WordListEntry? FutureCues = null, WordListEntry? YearHeads = null);

    public sealed record SingleDurationEntry(Dictionary<string, IReadOnlyList<string>> Nouns, IReadOnlyList<string> Leaders, IReadOnlyList<string>? Glued = null, IReadOnlyList<string>? NamedMonths = null);

    public sealed record DayOrdinalEntry(Dictionary<string, int> Forms);

    public sealed record AgeLeaderEntry(IReadOnlyList<string> Words);

    public sealed record SeasonEntry(IReadOnlyList<string> Sp, IReadOnlyList<string> Su, IReadOnlyList<string> Fa, IReadOnlyList<string> Wi);

    public sealed record RangeEntry(IReadOnlyList<string> Openers, IReadOnlyList<string> Joiners);

    public sealed record DecadeEntry(Dictionary<string, int> Forms, IReadOnlyList<string> Modifiers, IReadOnlyList<string> CenturyTails);

    public sealed record DurationEntry(IReadOnlyList<string> Y, IReadOnlyList<string> M, IReadOnlyList<string> W, IReadOnlyList<string> D, IReadOnlyList<string> H, IReadOnlyList<string> Decade, Dictionary<string, string> Dual, IReadOnlyList<string> PluralWithArticle);

    public sealed record RelativePeriodEntry(Dictionary<string, string> Periods, IReadOnlyList<string> This, Dictionary<string, int> Offsets, IReadOnlyList<string> PastMarkers, IReadOnlyList<string> Since);

    public sealed record MonthEntry(int Number, IReadOnlyList<string> Names);

    public sealed record WeekdayEntry(string Day, IReadOnlyList<string> Names);
}
