namespace Rasd.Pipeline.Annotations;

/// <summary>An agency or outlet the article credits (المصدر: تاس, an interview given to وكالة كابار).</summary>
public sealed record SourceCredit(string Id, string Name, int Start, int End) : ISpan;

/// <summary>The outlet that signs this copy of the article.</summary>
public sealed record PublisherCredit(string Id, int Start, int End) : ISpan;
