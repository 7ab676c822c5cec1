namespace Rasd.Store.Abstractions;

/// <summary>The period length of a timeline.</summary>
public enum TimelineGrain
{
    Year,
    Month,
    Day,
}

/// <summary>One period of a country pair's timeline: articles relating the pair, their mean tone and topics.</summary>
public sealed record TimelinePeriod(string Period, long Articles, double MeanTone, IReadOnlyList<CountedValue> Topics);
