namespace Rasd.Store.Abstractions;

/// <summary>Row counts of a store; near-duplicates are counted apart, since their facts are not stored twice.</summary>
public sealed record StoreCounts(
    long Articles,
    long NearDuplicates,
    long Entities,
    long Mentions,
    long Quotes,
    long Amounts,
    long Times,
    long Relations,
    long IndexedArticles);
