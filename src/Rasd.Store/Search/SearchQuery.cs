namespace Rasd.Store.Search;

/// <summary>
/// A parsed query: words and phrases that must appear, words and phrases that must not, filters
/// on the normalized tables, and a publication date range.
/// </summary>
public sealed record SearchQuery(
    IReadOnlyList<QueryText> Include,
    IReadOnlyList<QueryText> Exclude,
    IReadOnlyList<QueryFilter> Filters,
    DateRange? Dates);

/// <summary>A word, or a quoted phrase whose words must be adjacent.</summary>
public sealed record QueryText(string Text, bool IsPhrase);

/// <summary>A condition on the normalized tables; <see cref="Negated"/> for <c>-country:RU</c>.</summary>
public abstract record QueryFilter(bool Negated);

/// <summary><c>entity:ID</c> and <c>country:XX</c> (which is <c>entity:country:XX</c>).</summary>
public sealed record EntityFilter(string EntityId, bool Negated) : QueryFilter(Negated);

/// <summary><c>pair:KZ-RU</c>: articles relating the two countries; codes in ordinal order.</summary>
public sealed record PairFilter(string CountryA, string CountryB, bool Negated) : QueryFilter(Negated);

/// <summary><c>source:agency:tass</c>: articles crediting or published by the source.</summary>
public sealed record SourceFilter(string SourceId, bool Negated) : QueryFilter(Negated);

/// <summary>Inclusive publication date bounds as <c>YYYY-MM-DD</c>; an article dated to a month matches when the month overlaps.</summary>
public sealed record DateRange(string From, string To);
