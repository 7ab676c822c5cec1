using Rasd.Store.Search;

namespace Rasd.Store.Postgres;

/// <summary>
/// A <see cref="SearchPlan"/> as two tsquery literals: <see cref="Match"/> selects the articles
/// (required words and phrases, no excluded ones, and every filter but the dates as a key lexeme),
/// <see cref="Rank"/> orders them (the required words and phrases alone, so filters do not sway
/// relevance). Either is null when the plan has nothing of that kind.
/// </summary>
internal sealed record PostgresSearchQuery(string? Match, string? Rank)
{
    public static PostgresSearchQuery From(SearchPlan plan)
    {
        var parts = new List<string>();
        if (plan.Required.Count > 0)
        {
            parts.Add(TsText.Query(plan.Required, requireAll: true));
        }
        if (plan.Excluded.Count > 0)
        {
            parts.Add($"!({TsText.Query(plan.Excluded, requireAll: false)})");
        }
        foreach (var filter in plan.Filters)
        {
            var key = filter switch
            {
                EntityFilter e => EntityTerm.For(e.EntityId),
                PairFilter p => TsText.PairKey(SearchDocument.PairKey(p.CountryA, p.CountryB)),
                SourceFilter s => TsText.SourceKey(s.SourceId),
                _ => throw new NotSupportedException(filter.GetType().Name),
            };
            parts.Add((filter.Negated ? "!" : string.Empty) + TsText.Quote(key));
        }
        return new PostgresSearchQuery(
            parts.Count == 0 ? null : string.Join(" & ", parts),
            plan.ScoringTerms.Count == 0 ? null : TsText.Query(plan.Required, requireAll: true));
    }
}
