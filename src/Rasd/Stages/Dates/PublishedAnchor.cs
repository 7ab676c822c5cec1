using System.Globalization;

namespace Rasd.Stages.Dates;

/// <summary>The publication date as far as it is known (year, month, day), the anchor of relative expressions.</summary>
public sealed record PublishedAnchor(int Year, int? Month, int? Day)
{
    public static PublishedAnchor? Parse(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }
        var parts = iso.Split('-');
        if (!int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        int? month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) ? m : null;
        int? day = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) ? d : null;
        return new PublishedAnchor(year, month, day);
    }

    public DateOnly? Date => Month is int m && Day is int d ? new DateOnly(Year, m, d) : null;

    /// <summary>The day, or the middle of the month or year when only those are known.</summary>
    public DateOnly ApproximateDay => new(Year, Month ?? 6, Day ?? 15);
}
