using Rasd.Store.Postgres;
using Rasd.Store.Search;
using Rasd.Store.Sqlite;

namespace Rasd.Store.Tests.Search;

/// <summary>The full-text query and vector literals quote every term, so no input acts as FTS5 or tsquery syntax.</summary>
public sealed class IndexQueryTextTests
{
    private static readonly TermGroup[] Groups =
    [
        new([new TermSequence(["علاق"])]),
        new([new TermSequence(["روس"]), new TermSequence(["entity:country:ru"])]),
        new([new TermSequence(["بحر", "قزوين"])]),
    ];

    [Fact]
    public void Fts5QueryQuotesTermsAndPhrases()
    {
        Assert.Equal("(\"علاق\") AND (\"روس\" OR \"entity:country:ru\") AND (\"بحر قزوين\")", FtsQueryText.From(Groups, requireAll: true));
        Assert.Equal("(\"a\"\"b\")", FtsQueryText.From([new([new TermSequence(["a\"b"])])], requireAll: false));
    }

    [Fact]
    public void TsQueryQuotesTermsAndChainsPhrases()
    {
        Assert.Equal("(('علاق')) & (('روس') | ('entity:country:ru')) & (('بحر' <-> 'قزوين'))", TsText.Query(Groups, requireAll: true));
        Assert.Equal("(('x''y\\\\z'))", TsText.Query([new([new TermSequence(["x'y\\z"])])], requireAll: false));
    }

    [Fact]
    public void TsVectorKeepsPositionsPerTerm()
    {
        Assert.Equal("'a':2 'b':1,3", TsText.Vector(["b", "a", "b"]));
    }
}
