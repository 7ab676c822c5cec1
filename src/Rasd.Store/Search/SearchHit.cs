namespace Rasd.Store.Search;

/// <summary>A ranked article with its highlighted snippet. <see cref="Score"/> is the engine's relevance (higher first), 0 when the query has no words.</summary>
public sealed record SearchHit(string Id, double Score, string File, string? Title, string? Published, Snippet Snippet);

/// <summary>
/// The answer to a query: how many articles match (<see cref="Total"/>, or at least that many when
/// <see cref="TotalIsExact"/> is false), one page of them in rank order, and the facets of all
/// matches when they were asked for.
/// </summary>
public sealed record SearchResults(string Query, long Total, bool TotalIsExact, IReadOnlyList<SearchHit> Hits, SearchFacets? Facets);
