using System.Globalization;

namespace Rasd.Stages.Dates;

/// <summary>Checking and writing calendar days as the record writes them (ISO 8601, yyyy-MM-dd).</summary>
internal static class CalendarDates
{
    public static bool IsValid(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Iso(int year, int month, int day) => IsValid(year, month, day) ? Iso(new DateOnly(year, month, day)) : null;
}
