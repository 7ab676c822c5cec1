namespace Rasd.Stages.Dates;

/// <summary>A calendar expression found in the tokens, before it is resolved against a publication date.</summary>
public sealed record DateMention(int TokenStart, int TokenEnd)
{
    public int? Day { get; init; }

    public int? Month { get; init; }

    public int? Year { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>Days from the day of publication (اليوم 0, أمس −1, غدا +1), when the expression says.</summary>
    public int? RelativeDay { get; init; }

    /// <summary>Months from the month of publication for الجاري (0), المقبل (+1), الماضي (−1).</summary>
    public int? RelativeMonth { get; init; }

    /// <summary>The year is marked as lying ahead (بحلول 2027، العام المقبل).</summary>
    public bool FutureMarked { get; init; }

    /// <summary>The year names an instance of an event or plan (مونديال 2022، رؤية 2030), as likely ahead as past.</summary>
    public bool NamesInstance { get; init; }
}
