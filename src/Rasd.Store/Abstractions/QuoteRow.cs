namespace Rasd.Store.Abstractions;

/// <summary>A stored quote with the article it came from.</summary>
public sealed record QuoteRow(
    string ArticleId,
    string? Published,
    string? SpeakerId,
    string? SpeakerText,
    string Kind,
    string Text,
    int Start,
    int End);
