using Rasd.Data;
using Rasd.Text;

namespace Rasd.Stages.Dates;

/// <summary>
/// Reads calendar expressions from normalized tokens: <c>[اليوم|يوم أمس] [الخميس] 16 تموز/ يوليو [2020]</c>,
/// <c>أكتوبر/تشرين الأول 2024</c>, <c>نوفمبر الجاري</c>, <c>سبتمبر 2027</c>, <c>عام 2019</c>, <c>في 2025</c>,
/// in both month series and with Arabic-Indic digits (already folded to ASCII).
/// </summary>
public sealed class DateScanner(CalendarLexicon calendar)
{
    private static readonly HashSet<string> YearWords = ["عام", "العام", "سنه", "السنه", "لعام", "لسنه", "وعام", "بعام"];
    private static readonly HashSet<string> YearLeaders = ["في", "منذ", "حتي", "بحلول", "خلال", "قبل", "بعد", "مطلع", "اواخر", "اوائل", "نهايه", "بدايه", "منتصف", "من", "الي", "عن"];
    private static readonly HashSet<string> FutureLeaders = ["بحلول", "حلول"];
    private static readonly Dictionary<string, int> MonthRelatives = new(StringComparer.Ordinal)
    {
        ["الجاري"] = 0, ["الحالي"] = 0, ["المقبل"] = 1, ["القادم"] = 1, ["الماضي"] = -1, ["المنصرم"] = -1, ["الفائت"] = -1,
    };

    private static readonly Dictionary<string, int> DayRelatives = new(StringComparer.Ordinal)
    {
        ["اليوم"] = 0, ["امس"] = -1, ["البارحه"] = -1, ["غدا"] = 1, ["الغد"] = 1,
    };

    private readonly StartWords _startWords = new(
        ((IEnumerable<string>)["يوم"]).Concat(DayRelatives.Keys).Concat(calendar.Weekdays.Keys).Concat(YearWords)
            .Concat(calendar.MonthNames.Keys).Concat(calendar.MonthFirstWords).Concat(calendar.DayOrdinals.Keys.Select(FirstWord)));

    /// <summary>
    /// Whether <see cref="ReadAt"/> can find anything at the token: a number, or a word a calendar
    /// expression opens on (يوم، أمس، a weekday, a month, an ordinal day, عام). Most tokens fail here.
    /// </summary>
    public bool MayStartAt(Token token) => token.IsNumber || _startWords.Admits(token.Text);

    private static string FirstWord(string words) => words.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? words[..space] : words;

    public IReadOnlyList<DateMention> Scan(string normalized, IReadOnlyList<Token> tokens, int first, int end)
    {
        var found = new List<DateMention>();
        var i = first;
        while (i < end)
        {
            var mention = MayStartAt(tokens[i]) ? ReadAt(normalized, tokens, i, end) : null;
            if (mention is null)
            {
                i++;
                continue;
            }
            found.Add(mention);
            i = mention.TokenEnd;
        }
        return found;
    }

    /// <summary>The calendar expression starting at token <paramref name="start"/>, if one does.</summary>
    public DateMention? ReadAt(string normalized, IReadOnlyList<Token> tokens, int start, int end)
    {
        var i = start;
        int? relativeDay = null;
        DayOfWeek? weekday = null;
        if (Word(tokens, i, end) == "يوم" && DayRelatives.TryGetValue(Word(tokens, i + 1, end) ?? string.Empty, out var rel0))
        {
            relativeDay = rel0;
            i += 2;
        }
        else if (DayRelatives.TryGetValue(Stem(Word(tokens, i, end)), out var rel1))
        {
            relativeDay = rel1;
            i++;
        }
        if (Word(tokens, i, end) == "يوم")
        {
            i++;
        }
        if (calendar.Weekdays.TryGetValue(Stem(Word(tokens, i, end)), out var day) && (Word(tokens, i, end)!.Contains("ال", StringComparison.Ordinal) || relativeDay is not null))
        {
            weekday = day;
            i++;
        }
        var dateStart = i;
        int? dayNumber = null;
        if (i < end && tokens[i].IsNumber && int.TryParse(tokens[i].Text, out var d) && d is >= 1 and <= 31 && ReadMonth(tokens, i + 1, end) is not null)
        {
            dayNumber = d;
            i++;
        }
        else if (DayOrdinalAt(tokens, i, end) is var (ordinal, afterOrdinal))
        {
            // الرابع من آذار، الحادي والعشرين مايو
            var monthAt = Word(tokens, afterOrdinal, end) == "من" ? afterOrdinal + 1 : afterOrdinal;
            if (ReadMonth(tokens, monthAt, end) is not null)
            {
                dayNumber = ordinal;
                i = monthAt;
            }
        }
        var month = ReadMonth(tokens, i, end);
        if (month is { } m)
        {
            var afterMonth = m.End;
            var year = ReadYear(tokens, afterMonth, end);
            int? relativeMonth = null;
            var mentionEnd = afterMonth;
            if (year is not null)
            {
                mentionEnd = afterMonth + 1;
            }
            else if (YearWords.Contains(Word(tokens, afterMonth, end) ?? string.Empty) && ReadYear(tokens, afterMonth + 1, end) is int named)
            {
                // مارس عام 2014، أيلول سنة 2019
                year = named;
                mentionEnd = afterMonth + 2;
            }
            else if (MonthRelatives.TryGetValue(Word(tokens, afterMonth, end) ?? string.Empty, out var relM))
            {
                relativeMonth = relM;
                mentionEnd = afterMonth + 1;
            }
            var ambiguous = m.Ambiguous && dayNumber is null && year is null && relativeMonth is null;
            if (!ambiguous && (dayNumber is not null || year is not null || relativeMonth is not null || weekday is not null || relativeDay is not null || !m.Ambiguous))
            {
                return new DateMention(start, mentionEnd)
                {
                    Day = dayNumber, Month = m.Number, Year = year, Weekday = weekday, RelativeDay = relativeDay, RelativeMonth = relativeMonth,
                    FutureMarked = relativeMonth > 0 || IsFutureLed(tokens, start),
                };
            }
        }
        if (weekday is not null || relativeDay is not null)
        {
            return i > start ? new DateMention(start, dateStart) { Weekday = weekday, RelativeDay = relativeDay } : null;
        }
        var leader = Word(tokens, start, end);
        if (leader is not null && YearWords.Contains(leader) && ReadYear(tokens, start + 1, end) is int y1)
        {
            return new DateMention(start, start + 2) { Year = y1, FutureMarked = IsFutureLed(tokens, start) };
        }
        if (ReadYear(tokens, start, end) is not int y2 || NamesPart(normalized, tokens, start))
        {
            return null;
        }
        var instance = start > 0 && Clitics.AnyReadingIn(tokens[start - 1].Text, calendar.YearHeads);
        if (start == 0 || YearLeaders.Contains(Stem(tokens[start - 1].Text)) || YearWords.Contains(tokens[start - 1].Text) || instance
            || (start > 1 && YearWords.Contains(tokens[start - 2].Text) && !tokens[start - 1].IsNumber) || EndsClause(normalized, tokens, start, end))
        {
            return new DateMention(start, start + 1) { Year = y2, FutureMarked = IsFutureLed(tokens, start), NamesInstance = instance };
        }
        return null;
    }

    /// <summary>An ordinal day number of one or two words at the token, and where it ends.</summary>
    private (int Day, int End)? DayOrdinalAt(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i + 1 < end && calendar.DayOrdinals.TryGetValue(tokens[i].Text + " " + tokens[i + 1].Text, out var two))
        {
            return (two, i + 2);
        }
        return i < end && calendar.DayOrdinals.TryGetValue(tokens[i].Text, out var one) ? (one, i + 1) : null;
    }

    /// <summary>A year joined by a hyphen to the word before it (فوستوك-2018، كأس العالم - 2022) is part of a name, not a time.</summary>
    private static bool NamesPart(string normalized, IReadOnlyList<Token> tokens, int year)
    {
        if (year == 0 || tokens[year - 1].IsNumber)
        {
            return false;
        }
        var gap = normalized[tokens[year - 1].End..tokens[year].Start];
        return gap.Trim() is "-" or "–" or "ـ";
    }

    private (int Number, int End, bool Ambiguous)? ReadMonth(IReadOnlyList<Token> tokens, int i, int end)
    {
        (int Number, int End, bool Ambiguous)? result = null;
        while (i < end)
        {
            var word = tokens[i].Text;
            var pair = i + 1 < end && calendar.MonthFirstWords.Contains(word) ? word + " " + tokens[i + 1].Text : null;
            int number;
            int length;
            if (pair is not null && calendar.MonthNames.TryGetValue(pair, out number))
            {
                length = 2;
            }
            else if (calendar.MonthNames.TryGetValue(word, out number))
            {
                length = 1;
            }
            else
            {
                break;
            }
            if (result is { } r && r.Number != number)
            {
                break;
            }
            var ambiguous = length == 1 && calendar.AmbiguousMonthNames.Contains(word);
            result = (number, i + length, result is null ? ambiguous : result.Value.Ambiguous && ambiguous);
            i += length;
        }
        return result;
    }

    /// <summary>The year of four digits between 1900 and 2100 at token <paramref name="i"/>, or null.</summary>
    internal static int? ReadYear(IReadOnlyList<Token> tokens, int i, int end) =>
        i < end && tokens[i].IsNumber && tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private static bool IsFutureLed(IReadOnlyList<Token> tokens, int start) =>
        (start > 0 && FutureLeaders.Contains(tokens[start - 1].Text)) || (start > 1 && FutureLeaders.Contains(tokens[start - 2].Text));

    private static bool EndsClause(string normalized, IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i + 1 >= end)
        {
            return true;
        }
        for (var k = tokens[i].End; k < tokens[i + 1].Start; k++)
        {
            if (normalized[k] is '.' or '،' or ',' or '؛' or ';' or ':' or ')' or '\n' or '"' or '”' or '»' or '!' or '?' or '؟')
            {
                return true;
            }
        }
        return false;
    }

    private static string? Word(IReadOnlyList<Token> tokens, int i, int end) => i < end && i < tokens.Count ? tokens[i].Text : null;

    private static string Stem(string? word) => word is null ? string.Empty : Clitics.WithoutConjunction(word);
}
