namespace Rasd.Store.Search;

/// <summary>
/// Raw facet counts as an engine gathers them: per dimension, a count per value. <see cref="Top"/>
/// turns them into <see cref="SearchFacets"/> the same way for every backend.
/// </summary>
public sealed class FacetTally
{
    public Dictionary<string, long> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Countries { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Persons { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Months { get; } = new(StringComparer.Ordinal);

    /// <summary>The <paramref name="values"/> most frequent sources, countries and persons (ties by id), every month in order, named by <paramref name="labels"/>.</summary>
    public SearchFacets Top(int values, Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, string>> labels)
    {
        var sources = Most(Sources, values);
        var countries = Most(Countries, values);
        var persons = Most(Persons, values);
        var names = labels(sources.Concat(countries).Concat(persons).Select(p => p.Key).ToList());
        return new SearchFacets(
            Named(sources, names),
            Named(countries, names),
            Named(persons, names),
            Months.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new FacetCount(m.Key, null, m.Value)).ToList());
    }

    private static List<KeyValuePair<string, long>> Most(Dictionary<string, long> counts, int values) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(values).ToList();

    private static List<FacetCount> Named(List<KeyValuePair<string, long>> counts, IReadOnlyDictionary<string, string> names) =>
        counts.Select(c => new FacetCount(c.Key, names.GetValueOrDefault(c.Key), c.Value)).ToList();
}
