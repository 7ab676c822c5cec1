using Rasd.Data;
using Rasd.Store.Abstractions;

namespace Rasd.Store.Search;

/// <summary>Runs a query typed by an analyst: parse, plan against the knowledge base, rank in the store, build snippets.</summary>
public sealed class SearchService(IArticleStore store, KnowledgeBase knowledge)
{
    public const int MaxLimit = 1_000;

    private readonly SearchPlanner _planner = new(new QueryEntityResolver(knowledge));

    public SearchPlan Plan(string query) => _planner.Plan(QueryParser.Parse(query));

    public SearchResults Search(string query, int limit = 20, int offset = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var plan = Plan(query);
        var page = store.Search(plan, limit, offset);
        var terms = plan.ScoringTerms.Where(t => !plan.EntityTerms.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
        var hits = page.Articles
            .Select(a => new SearchHit(a.Id, a.Score, a.File, a.Title, a.Published, SnippetBuilder.Build(a.Text, terms, a.EntitySpans)))
            .ToList();
        return new SearchResults(query, page.Total, hits);
    }
}
