using Lucene.Net.Search;
using Rasd.Store.Postgres;
using Rasd.Store.Search;
using Rasd.Store.Search.Lucene;

namespace Rasd.Store.Tests.Search;

/// <summary>
/// Both engines get the planned terms as they are: Lucene as term and phrase queries (no query
/// syntax parsed), PostgreSQL as tsquery literals in which every lexeme is quoted.
/// </summary>
public sealed class IndexQueryTextTests
{
    private static readonly TermGroup[] Groups =
    [
        new([new TermSequence(["علاق"])]),
        new([new TermSequence(["روس"]), new TermSequence(["entity:country:ru"])]),
        new([new TermSequence(["بحر", "قزوين"])]),
    ];

    private static readonly SearchPlan Plan = new(
        Groups,
        [new([new TermSequence(["نفط"])])],
        [new EntityFilter("country:KZ", Negated: false), new SourceFilter("agency:tass", Negated: true), new PairFilter("country:KZ", "country:RU", Negated: false)],
        new DateRange("2024-01-01", "2024-12-31"),
        new Dictionary<string, string>());

    [Fact]
    public void LuceneQueryHasOneClauseForEachGroupExclusionAndFilter()
    {
        var query = Assert.IsType<BooleanQuery>(LuceneQuery.From(Plan));

        var clauses = query.Clauses;
        Assert.Equal("text:علاق", clauses[0].Query.ToString());
        Assert.Equal(Occur.MUST, clauses[0].Occur);
        Assert.Equal("text:روس text:entity:country:ru", clauses[1].Query.ToString());
        Assert.Equal("text:\"بحر قزوين\"", clauses[2].Query.ToString());
        Assert.Equal((Occur.MUST_NOT, "text:نفط"), (clauses[3].Occur, clauses[3].Query.ToString()));
        Assert.Equal("ConstantScore(entity:country:KZ)^0.0", clauses[4].Query.ToString());
        Assert.Equal((Occur.MUST_NOT, "source:agency:tass"), (clauses[5].Occur, clauses[5].Query.ToString()));
        Assert.Equal("ConstantScore(pair:country:KZ country:RU)^0.0", clauses[6].Query.ToString());
        Assert.StartsWith("ConstantScore(+published_start:[* TO ", clauses[7].Query.ToString(), StringComparison.Ordinal);
        Assert.Equal(8, clauses.Count);
    }

    [Fact]
    public void LuceneQueryOfFiltersAloneMatchesEverythingFirst()
    {
        var plan = new SearchPlan([], [], [new EntityFilter("country:KZ", Negated: false)], null, new Dictionary<string, string>());

        var query = Assert.IsType<BooleanQuery>(LuceneQuery.From(plan));

        Assert.Equal("ConstantScore(*:*)^0.0", query.Clauses[0].Query.ToString());
    }

    [Fact]
    public void TsQueryQuotesTermsAndChainsPhrases()
    {
        Assert.Equal("(('علاق')) & (('روس') | ('entity:country:ru')) & (('بحر' <-> 'قزوين'))", TsText.Query(Groups, requireAll: true));
        Assert.Equal("(('x''y\\\\z'))", TsText.Query([new([new TermSequence(["x'y\\z"])])], requireAll: false));
    }

    [Fact]
    public void PostgresQueryMatchesFiltersAsKeysAndRanksByWordsAlone()
    {
        var query = PostgresSearchQuery.From(Plan);

        Assert.Equal(
            "(('علاق')) & (('روس') | ('entity:country:ru')) & (('بحر' <-> 'قزوين')) & !((('نفط'))) & 'entity:country:kz' & !'source:agency:tass' & 'pair:country:KZ country:RU'",
            query.Match);
        Assert.Equal("(('علاق')) & (('روس') | ('entity:country:ru')) & (('بحر' <-> 'قزوين'))", query.Rank);
    }

    [Fact]
    public void TsVectorKeepsPositionsPerTermAndKeysWithoutPositions()
    {
        Assert.Equal("'a':2 'b':1,3", TsText.Vector(["b", "a", "b"]));
        Assert.Equal("'a':1 'source:agency:tass'", TsText.Vector(["a"], ["source:agency:tass"]));
    }
}
