namespace Rasd.Store.Search;

/// <summary>An index term and the span of the original text it was made from.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End);
