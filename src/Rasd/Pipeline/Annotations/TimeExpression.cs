namespace Rasd.Pipeline.Annotations;

/// <summary>A time expression with its ISO 8601 / TIMEX3 value, or null when the text cannot fix it.</summary>
public sealed record TimeExpression(int Start, int End, string? Value, TimeGrain Grain) : ISpan;

public enum TimeGrain
{
    Day,
    Week,
    Month,
    Season,
    Year,
    Decade,
    Duration,
    Interval,
}
