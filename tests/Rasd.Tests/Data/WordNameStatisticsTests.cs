using Rasd.Data;

namespace Rasd.Tests.Data;

/// <summary>The name statistics as their compact table holds them: every word found, none invented, whatever the order of the file.</summary>
public sealed class WordNameStatisticsTests
{
    private const string Header = "# word\toccurrences\tas_person\tas_organization\tas_place\n";

    [Fact]
    public void FindsEveryWordOfAnUnsortedFileAndAWordGivenTwiceKeepsItsLastCounts()
    {
        var statistics = WordNameStatistics.Read(new StringReader(Header + "زوران\t12\t9\t0\t0\nأستانا\t40\t0\t0\t38\nزوران\t13\t10\t0\t0\nبيشكيك\t7\t0\t0\t7\n"), "test");

        Assert.Equal(3, statistics.Count);
        Assert.Equal(new WordNameCounts(13, 10, 0, 0), statistics.Of("زوران"));
        Assert.Equal(new WordNameCounts(40, 0, 0, 38), statistics.Of("أستانا"));
        Assert.Equal(new WordNameCounts(7, 0, 0, 7), statistics.Of("بيشكيك".AsSpan()));
        Assert.Equal(["زوران", "أستانا", "بيشكيك"], statistics.Words.Select(w => w.Key));
    }

    [Fact]
    public void AFileInReverseOrderWithEveryWordTwiceReadsAsItsLastCounts()
    {
        var words = Enumerable.Range(0, 5_000).Select(i => "كلمة" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).Reverse().ToList();
        var lines = words.Select(w => $"{w}\t1\t0\t0\t0").Concat(words.Select(w => $"{w}\t2\t1\t0\t0"));

        var statistics = WordNameStatistics.Read(new StringReader(Header + string.Join('\n', lines)), "test");

        Assert.Equal(words.Count, statistics.Count);
        Assert.All(words, w => Assert.Equal(new WordNameCounts(2, 1, 0, 0), statistics.Of(w)));
    }

    [Fact]
    public void AWordItDoesNotHoldHasNoCountsEvenWhenItIsPartOfOneItHolds()
    {
        var statistics = WordNameStatistics.Read(new StringReader(Header + "بوتين\t30\t29\t0\t0\nبوتينا\t3\t3\t0\t0\n"), "test");

        Assert.Null(statistics.Of("بوت"));
        Assert.Null(statistics.Of("ينبوتينا"));
        Assert.Null(statistics.Of(string.Empty));
        Assert.Null(WordNameStatistics.Empty.Of("بوتين"));
        Assert.Equal(new WordNameCounts(3, 3, 0, 0), statistics.Of("بوتينا"));
    }

    [Theory]
    [InlineData("زوران\t12\t9\t0\n")]
    [InlineData("زوران\t12\t9\t0\t-1\n")]
    [InlineData("زوران\t12\t9\t0\t\n")]
    [InlineData("زوران\t12\t9\t0\t99999999999\n")]
    [InlineData("\t12\t9\t0\t0\n")]
    [InlineData("زوران 12 9 0 0\n")]
    public void ALineThatIsNoWordAndItsCountsNamesTheFileAndTheLine(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => WordNameStatistics.Read(new StringReader(Header + line), "words.tsv"));

        Assert.StartsWith("words.tsv:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedFileHoldsEachOfItsWordsOnce()
    {
        var statistics = WordNameStatistics.Load(DataDirectory.Locate());
        var words = statistics.Words.ToList();

        Assert.True(statistics.Count > 100_000);
        Assert.Equal(statistics.Count, words.Select(w => w.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(words.Where((_, i) => i % 97 == 0), w => Assert.Equal(w.Value, statistics.Of(w.Key)));
    }
}
