namespace Rasd.Pipeline.Annotations;

/// <summary>A structural region of the article.</summary>
public sealed record Segment(int Start, int End, SegmentKind Kind) : ISpan;

public enum SegmentKind
{
    Title,
    Dateline,
    Body,
    Paragraph,
    Subheading,
    Sentence,
}
