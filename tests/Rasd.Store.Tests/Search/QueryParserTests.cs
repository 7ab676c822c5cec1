using Rasd.Store.Search;

namespace Rasd.Store.Tests.Search;

public sealed class QueryParserTests
{
    [Fact]
    public void ParsesWordsPhrasesExclusionsAndFields()
    {
        var query = QueryParser.Parse("علاقات \"بحر قزوين\" -النفط entity:person:vladimir-putin country:kz pair:RU-KZ from:2024 to:2024-06 source:agency:tass -country:UA");

        Assert.Equal([new QueryText("علاقات", false), new QueryText("بحر قزوين", true)], query.Include);
        Assert.Equal([new QueryText("النفط", false)], query.Exclude);
        Assert.Equal(
            [
                new EntityFilter("person:vladimir-putin", false), new EntityFilter("country:KZ", false), new PairFilter("country:KZ", "country:RU", false),
                new SourceFilter("agency:tass", false), new EntityFilter("country:UA", true),
            ],
            query.Filters);
        Assert.Equal(new DateRange("2024-01-01", "2024-06-30"), query.Dates);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("\"بحر قزوين", "unclosed quotation mark at character 1")]
    [InlineData("روسيا \"\"", "empty quotation")]
    [InlineData("country:RUS", "two-letter country code")]
    [InlineData("pair:KZ", "two different country codes")]
    [InlineData("pair:KZ-KZ", "two different country codes")]
    [InlineData("entity:planet:mars", "entity:TYPE:NAME")]
    [InlineData("source:tass", "source id")]
    [InlineData("from:2024-13-01", "expected a date")]
    [InlineData("-from:2024", "cannot be excluded")]
    [InlineData("from:2024 from:2023", "given twice")]
    [InlineData("from:2025 to:2024", "after")]
    [InlineData("country:", "needs a value")]
    public void RefusesMalformedQueriesWithAReason(string text, string reason)
    {
        var error = Assert.Throws<QueryException>(() => QueryParser.Parse(text));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesOverlongQueriesAndTooManyParts()
    {
        Assert.Contains("too long", Assert.Throws<QueryException>(() => QueryParser.Parse(new string('x', 10_000))).Message, StringComparison.Ordinal);
        Assert.Contains("too many parts", Assert.Throws<QueryException>(() => QueryParser.Parse(string.Join(' ', Enumerable.Repeat("روسيا", 40)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldsAndArabicDigitsAreHandled()
    {
        Assert.Equal([new QueryText("12:30", false)], QueryParser.Parse("12:30").Include);
        Assert.Equal(new DateRange("2024-10-16", "9999-12-31"), QueryParser.Parse("from:٢٠٢٤-١٠-١٦").Dates);
        Assert.Equal([new EntityFilter("person:ar:محمد علي", false)], QueryParser.Parse("entity:\"person:ar:محمد علي\"").Filters);
    }
}
