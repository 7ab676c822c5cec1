namespace Rasd.Store.Search;

/// <summary>
/// Which page of a search to return, and whether to count facets. A page ends at most
/// <see cref="MaxWindow"/> results deep, as in Elasticsearch's result window: a ranked engine keeps
/// the whole window in memory, and nobody reads page 500 of a result list (narrow the query instead).
/// </summary>
public sealed record SearchOptions
{
    public const int MaxLimit = 1_000;

    public const int MaxWindow = 10_000;

    public const int DefaultFacetValues = 10;

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }

    /// <summary>Count the matching articles by source, country, person and month.</summary>
    public bool Facets { get; init; }

    /// <summary>Values reported per facet (the most frequent first); months are all reported, in order.</summary>
    public int FacetValues { get; init; } = DefaultFacetValues;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a page the store cannot return.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Limit, MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Offset, MaxWindow - Limit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(FacetValues);
    }
}
