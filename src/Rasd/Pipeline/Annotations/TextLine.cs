namespace Rasd.Pipeline.Annotations;

/// <summary>A line of the text (without its line break) and, when it frames rather than belongs to the article, why.</summary>
public sealed record TextLine(int Start, int End, Boilerplate? Boilerplate) : ISpan
{
    public bool IsContent => Boilerplate is null;
}

/// <summary>Kinds of lines that frame an article.</summary>
public enum Boilerplate
{
    Blank,
    LanguageMenu,
    Counter,
    PhotoCredit,
    SourceCredit,
    PublisherSignature,
    ShareLine,
}
