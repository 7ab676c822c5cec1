namespace Rasd.Store.Search;

/// <summary>
/// Turns a parsed query into index terms with the same <see cref="SearchAnalyzer"/> the index was
/// built with, and widens each word with the entity terms of the entities it names.
/// </summary>
public sealed class SearchPlanner(QueryEntityResolver entities)
{
    public SearchPlan Plan(SearchQuery query)
    {
        var entityTerms = new Dictionary<string, string>(StringComparer.Ordinal);
        var required = Groups(query.Include, entityTerms);
        var excluded = Groups(query.Exclude, entityTerms: null);
        if (required.Count == 0 && excluded.Count == 0 && query.Filters.Count == 0 && query.Dates is null)
        {
            throw new QueryException("nothing to search for: the query has no words, phrases or filters that can be indexed");
        }
        return new SearchPlan(required, excluded, query.Filters, query.Dates, entityTerms);
    }

    /// <summary>
    /// One group per word or phrase. Excluded words are widened too (so <c>-جباروف</c> also drops
    /// articles spelling him <c>جاباروف</c>), but their entities are not highlighted.
    /// </summary>
    private List<TermGroup> Groups(IReadOnlyList<QueryText> texts, Dictionary<string, string>? entityTerms)
    {
        var groups = new List<TermGroup>();
        foreach (var text in texts)
        {
            var terms = SearchAnalyzer.Terms(text.Text);
            if (terms.Count == 0)
            {
                continue;
            }
            var alternatives = new List<TermSequence> { new(terms) };
            foreach (var id in entities.Resolve(text.Text))
            {
                var term = EntityTerm.For(id);
                alternatives.Add(new TermSequence([term]));
                if (entityTerms is not null)
                {
                    entityTerms[term] = id;
                }
            }
            groups.Add(new TermGroup(alternatives));
        }
        return groups;
    }
}
