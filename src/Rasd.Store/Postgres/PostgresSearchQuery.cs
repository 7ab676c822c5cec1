using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// A <see cref="SearchPlan"/> as two tsquery literals: <see cref="Match"/> selects the articles
/// (required words and phrases, no excluded ones, and every filter but the dates as a key lexeme),
/// <see cref="Rank"/> orders them (the required words and phrases alone, so filters do not sway
/// relevance). Either is null when the plan has nothing of that kind. The same filters are also kept
/// as keys of the <c>search_keys</c> rows (<see cref="Keys"/> required, <see cref="ExcludedKeys"/>
/// not), and the excluded words as a tsquery of their own (<see cref="ExcludedWords"/>), for the
/// queries of filters alone, which list their matches newest first from the keys' date index.
/// </summary>
internal sealed record PostgresSearchQuery(
    string? Match,
    string? Rank,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> ExcludedKeys,
    string? ExcludedWords)
{
    public static PostgresSearchQuery From(SearchPlan plan)
    {
        var parts = new List<string>();
        string? excludedWords = null;
        if (plan.Required.Count > 0)
        {
            parts.Add(TsText.Query(plan.Required, requireAll: true));
        }
        if (plan.Excluded.Count > 0)
        {
            excludedWords = TsText.Query(plan.Excluded, requireAll: false);
            parts.Add($"!({excludedWords})");
        }
        var keys = new List<string>();
        var excludedKeys = new List<string>();
        foreach (var filter in plan.Filters)
        {
            var key = Key(filter);
            (filter.Negated ? excludedKeys : keys).Add(key);
            parts.Add((filter.Negated ? "!" : string.Empty) + TsText.Quote(key));
        }
        return new PostgresSearchQuery(
            parts.Count == 0 ? null : string.Join(" & ", parts),
            plan.ScoringTerms.Count == 0 ? null : TsText.Query(plan.Required, requireAll: true),
            keys.Distinct(StringComparer.Ordinal).ToList(),
            excludedKeys.Distinct(StringComparer.Ordinal).ToList(),
            excludedWords);
    }

    /// <summary>Whether the query has no words to rank and a key to list its matches by, newest first.</summary>
    public bool ListsByKey => Rank is null && Keys.Count > 0;

    /// <summary>The key lexeme of a filter, as the search row's tsvector and the <c>search_keys</c> rows carry it.</summary>
    private static string Key(QueryFilter filter) => filter switch
    {
        EntityFilter e => EntityTerm.For(e.EntityId),
        PairFilter p => TsText.PairKey(SearchDocument.PairKey(p.CountryA, p.CountryB)),
        SourceFilter s => TsText.SourceKey(s.SourceId),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };
}
