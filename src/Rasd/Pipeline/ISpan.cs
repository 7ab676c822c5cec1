namespace Rasd.Pipeline;

/// <summary>A half-open range of UTF-16 code units in the document text.</summary>
public interface ISpan
{
    int Start { get; }

    int End { get; }
}

public static class SpanExtensions
{
    public static bool Contains(this ISpan outer, ISpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    public static bool Contains(this ISpan outer, int offset) => outer.Start <= offset && offset < outer.End;

    public static bool Overlaps(this ISpan a, ISpan b) => a.Start < b.End && b.Start < a.End;
}
