using Rasd.Data;
using Rasd.Store.Abstractions;
using Rasd.Store.Search;

namespace Rasd.Web.Hosting;

/// <summary>
/// Search as the server runs it: one planner for the process (building its name index from the
/// gazetteer is the costly part of a query), the store's ranked page, snippets and facets.
/// </summary>
public sealed class WebSearch(KnowledgeBase knowledge)
{
    private readonly SearchPlanner _planner = new(new QueryEntityResolver(knowledge));

    /// <summary>The plan of no query at all: every original article, newest first.</summary>
    public static SearchPlan Everything { get; } = new([], [], [], null, new Dictionary<string, string>());

    /// <summary>Parses and plans a query; throws <see cref="QueryException"/> with a message for the person who typed it.</summary>
    public SearchPlan Plan(string query) => _planner.Plan(QueryParser.Parse(query));

    public WebSearchResults Search(IArticleStore store, SearchPlan plan, int limit, int offset, int facetValues)
    {
        var page = store.Search(plan, limit, offset);
        var terms = plan.ScoringTerms.Where(t => !plan.EntityTerms.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
        var hits = page.Articles
            .Select(a => new SearchHit(a.Id, a.Score, a.File, a.Title, a.Published, SnippetBuilder.Build(a.Text, terms, a.EntitySpans)))
            .ToList();
        var facets = facetValues > 0 ? store.Facets(plan, facetValues) : null;
        return new WebSearchResults(page.Total, hits, facets);
    }
}

/// <summary>One page of hits with their snippets, the total and, when asked for, the facets of every match.</summary>
public sealed record WebSearchResults(long Total, IReadOnlyList<SearchHit> Hits, SearchFacets? Facets);
