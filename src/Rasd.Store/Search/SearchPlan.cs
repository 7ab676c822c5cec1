namespace Rasd.Store.Search;

/// <summary>
/// A query turned into index terms: every required group must match, no excluded group may.
/// A group matches when any of its alternatives does; an alternative of several terms is a phrase.
/// </summary>
public sealed record SearchPlan(
    IReadOnlyList<TermGroup> Required,
    IReadOnlyList<TermGroup> Excluded,
    IReadOnlyList<QueryFilter> Filters,
    DateRange? Dates,
    IReadOnlyDictionary<string, string> EntityTerms)
{
    /// <summary>The distinct terms that rank a match: every term of every required alternative.</summary>
    public IReadOnlyList<string> ScoringTerms { get; } = Required
        .SelectMany(g => g.Alternatives)
        .SelectMany(a => a.Terms)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Entities whose mentions are highlighted in snippets: those the words resolved to and the entity filters.</summary>
    public IReadOnlyList<string> HighlightEntityIds => EntityTerms.Values
        .Concat(Filters.OfType<EntityFilter>().Where(f => !f.Negated).Select(f => f.EntityId))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}

/// <summary>Alternatives of which one must match: a word's stem and the entities it names.</summary>
public sealed record TermGroup(IReadOnlyList<TermSequence> Alternatives);

/// <summary>One term, or a phrase of adjacent terms.</summary>
public sealed record TermSequence(IReadOnlyList<string> Terms)
{
    public bool IsPhrase => Terms.Count > 1;
}
