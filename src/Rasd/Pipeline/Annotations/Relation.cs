namespace Rasd.Pipeline.Annotations;

/// <summary>How the article relates two countries: topics, tone in [-1, 1], and the evidence spans.</summary>
public sealed record Relation(string A, string B, IReadOnlyList<string> Topics, double Tone, IReadOnlyList<(int Start, int End)> Evidence);
