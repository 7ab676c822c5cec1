namespace Rasd.Store.Abstractions;

/// <summary>A stored amount with the article it came from.</summary>
public sealed record AmountRow(
    string ArticleId,
    string? Published,
    string Text,
    double? Value,
    string Unit,
    string Qualifier,
    int Start,
    int End);
