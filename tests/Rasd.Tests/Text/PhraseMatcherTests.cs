using Rasd.Text;

namespace Rasd.Tests.Text;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Matcher = PhraseMatcher<string>.Of(["الاتحاد الاوروبي", "التعاون", "روسيا", "كييف"]);

    [Theory]
    [InlineData("الاتحاد الاوروبي", "الاتحاد الاوروبي", 0)]
    [InlineData("والاتحاد الاوروبي", "الاتحاد الاوروبي", 1)]
    [InlineData("بالاتحاد الاوروبي", "الاتحاد الاوروبي", 1)]
    [InlineData("للتعاون", "التعاون", 1)]
    [InlineData("وللتعاون", "التعاون", 2)]
    [InlineData("وروسيا", "روسيا", 1)]
    [InlineData("فكييف", "كييف", 1)]
    public void A_first_word_is_found_in_each_of_its_readings(string text, string phrase, int prefix)
    {
        var tokens = Tokenizer.Tokenize(text);
        var match = Matcher.LongestAt(text, tokens, 0);
        Assert.NotNull(match);
        Assert.Equal(phrase, Assert.Single(match.Values));
        Assert.Equal((tokens.Count, prefix), (match.TokenEnd, match.PrefixLength));
    }

    [Theory]
    [InlineData("الاتحاد")]
    [InlineData("روس")]
    [InlineData("تعاون")]
    public void A_word_no_phrase_starts_with_matches_nothing(string text) =>
        Assert.Null(Matcher.LongestAt(text, Tokenizer.Tokenize(text), 0));
}
