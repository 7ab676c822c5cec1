namespace Rasd.Store.Search;

/// <summary>A ranked article with its highlighted snippet.</summary>
public sealed record SearchHit(string Id, double Score, string File, string? Title, string? Published, Snippet Snippet);

/// <summary>The answer to a query: how many articles match and one page of them in rank order.</summary>
public sealed record SearchResults(string Query, long Total, IReadOnlyList<SearchHit> Hits);
