using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rasd.Store.Search.Lucene;

/// <summary>
/// A <see cref="SearchPlan"/> as one Lucene query: every required group a MUST clause (its
/// alternatives SHOULD clauses: a term or an exact phrase), every excluded alternative a MUST_NOT
/// clause, filters and the date range MUST clauses that match without scoring, so that BM25 ranks
/// the words alone. Terms are given to Lucene as they are; no query syntax is parsed.
/// </summary>
internal static class LuceneQuery
{
    public static Query From(SearchPlan plan)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var group in plan.Required)
        {
            query.Add(Group(group), Occur.MUST);
        }
        if (plan.Required.Count == 0)
        {
            query.Add(Unscored(new MatchAllDocsQuery()), Occur.MUST);
        }
        foreach (var alternative in plan.Excluded.SelectMany(g => g.Alternatives))
        {
            query.Add(Sequence(alternative), Occur.MUST_NOT);
        }
        foreach (var filter in plan.Filters)
        {
            var condition = filter switch
            {
                EntityFilter e => Key(LuceneFields.Entity, e.EntityId),
                PairFilter p => Key(LuceneFields.Pair, SearchDocument.PairKey(p.CountryA, p.CountryB)),
                SourceFilter s => Key(LuceneFields.Source, s.SourceId),
                _ => throw new NotSupportedException(filter.GetType().Name),
            };
            query.Add(filter.Negated ? condition : Unscored(condition), filter.Negated ? Occur.MUST_NOT : Occur.MUST);
        }
        if (plan.Dates is { } dates)
        {
            query.Add(Unscored(Overlapping(dates)), Occur.MUST);
        }
        return query;
    }

    private static Query Group(TermGroup group)
    {
        if (group.Alternatives.Count == 1)
        {
            return Sequence(group.Alternatives[0]);
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var alternative in group.Alternatives)
        {
            any.Add(Sequence(alternative), Occur.SHOULD);
        }
        return any;
    }

    private static Query Sequence(TermSequence sequence)
    {
        if (!sequence.IsPhrase)
        {
            return new TermQuery(new Term(LuceneFields.Text, sequence.Terms[0]));
        }
        var phrase = new PhraseQuery();
        for (var i = 0; i < sequence.Terms.Count; i++)
        {
            phrase.Add(new Term(LuceneFields.Text, sequence.Terms[i]), i);
        }
        return phrase;
    }

    private static TermQuery Key(string field, string value) => new(new Term(field, value));

    /// <summary>The article's publication range meets the query's: it starts by the last day asked for and ends on or after the first.</summary>
    private static BooleanQuery Overlapping(DateRange dates)
    {
        var from = LuceneFields.DayNumber(dates.From) ?? throw new ArgumentException($"bad date {dates.From}", nameof(dates));
        var to = LuceneFields.DayNumber(dates.To) ?? throw new ArgumentException($"bad date {dates.To}", nameof(dates));
        return new BooleanQuery(disableCoord: true)
        {
            { NumericRangeQuery.NewInt32Range(LuceneFields.PublishedStart, null, to, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(LuceneFields.PublishedEnd, from, null, true, true), Occur.MUST },
        };
    }

    private static ConstantScoreQuery Unscored(Query query) => new(query) { Boost = 0 };
}
