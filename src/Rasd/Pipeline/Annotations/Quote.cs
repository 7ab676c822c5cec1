namespace Rasd.Pipeline.Annotations;

/// <summary>Reported speech: the quoted or reported words, and who said them.</summary>
public sealed record Quote(int Start, int End, QuoteKind Kind, string? SpeakerId) : ISpan
{
    /// <summary>The span naming the speaker, when the text names one near the quotation.</summary>
    public (int Start, int End)? SpeakerSpan { get; init; }
}

public enum QuoteKind
{
    Direct,
    Indirect,
}
