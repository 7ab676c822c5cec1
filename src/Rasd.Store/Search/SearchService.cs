using Rasd.Data;
using Rasd.Store.Abstractions;

namespace Rasd.Store.Search;

/// <summary>
/// Runs a query typed by an analyst: parse, plan against the knowledge base, rank in the store's
/// search engine, build snippets. This is the whole search API a command or a web layer needs:
/// results, highlighted snippets, totals, facets and paging, the same on every backend.
/// </summary>
public sealed class SearchService(IArticleStore store, KnowledgeBase knowledge)
{
    public const int MaxLimit = SearchOptions.MaxLimit;

    private readonly SearchPlanner _planner = new(new QueryEntityResolver(knowledge));

    /// <summary>Parses and plans a query; throws <see cref="QueryException"/> with a message for the person who typed it.</summary>
    public SearchPlan Plan(string query) => _planner.Plan(QueryParser.Parse(query));

    public SearchResults Search(string query, int limit = 20, int offset = 0) => Search(query, new SearchOptions { Limit = limit, Offset = offset });

    /// <summary>One page of results with snippets, and facets when <see cref="SearchOptions.Facets"/> asks; throws <see cref="ArgumentOutOfRangeException"/> for a page outside <see cref="SearchOptions"/>' bounds.</summary>
    public SearchResults Search(string query, SearchOptions options)
    {
        options.Validate();
        var plan = Plan(query);
        var page = store.Search(plan, options);
        var terms = plan.ScoringTerms.Where(t => !plan.EntityTerms.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
        var hits = page.Articles
            .Select(a => new SearchHit(a.Id, a.Score, a.File, a.Title, a.Published, SnippetBuilder.Build(a.Text, terms, a.EntitySpans)))
            .ToList();
        return new SearchResults(query, page.Total, page.TotalIsExact, hits, page.Facets);
    }
}
