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
                MaxMonthWords = Math.Max(MaxMonthWords, folded.Split(' ').Length);
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
    }

    /// <summary>Normalized month name (one or two words) to month number.</summary>
    public Dictionary<string, int> MonthNames { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AmbiguousMonthNames { get; } = new(StringComparer.Ordinal);

    public int MaxMonthWords { get; }

    public Dictionary<string, DayOfWeek> Weekdays { get; } = new(StringComparer.Ordinal);

    public sealed record CalendarFile(IReadOnlyList<MonthEntry> Months, IReadOnlyList<string> Ambiguous, IReadOnlyList<WeekdayEntry> Weekdays);

    public sealed record MonthEntry(int Number, IReadOnlyList<string> Names);

    public sealed record WeekdayEntry(string Day, IReadOnlyList<string> Names);
}
