namespace Rasd.Store.Search;

/// <summary>
/// Counts of the articles matching a query (all of them, not only the page) by the source credited
/// or publishing, the countries and persons named, and the month of publication. Sources,
/// countries and persons are the most frequent first (then by id); months are in calendar order.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Sources,
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<FacetCount> Persons,
    IReadOnlyList<FacetCount> Months)
{
    public static SearchFacets Empty { get; } = new([], [], [], []);
}

/// <summary>A facet value (an entity or source id, or a <c>YYYY-MM</c> month), its name when known, and how many matching articles have it.</summary>
public sealed record FacetCount(string Value, string? Label, long Count);
