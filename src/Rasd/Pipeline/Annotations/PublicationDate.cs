namespace Rasd.Pipeline.Annotations;

/// <summary>
/// When the article was published, to the grain the evidence supports (<c>2024-10-16</c>,
/// <c>2025-11</c>), or a null value when the text does not fix the year. The span is the evidence.
/// </summary>
public sealed record PublicationDate(string? Value, string Basis, int Start, int End) : ISpan;
