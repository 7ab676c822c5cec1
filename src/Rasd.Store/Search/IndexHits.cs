namespace Rasd.Store.Search;

/// <summary>A matching article id and the engine's relevance score (higher is better; 0 when nothing is scored).</summary>
public readonly record struct IndexHit(string Id, double Score);

/// <summary>
/// What a search engine returns for a plan: the total matches (a lower bound when
/// <see cref="TotalIsExact"/> is false), one page of hits in rank order, and facet counts when asked for.
/// </summary>
public sealed record IndexHits(long Total, bool TotalIsExact, IReadOnlyList<IndexHit> Hits, FacetTally? Facets);
