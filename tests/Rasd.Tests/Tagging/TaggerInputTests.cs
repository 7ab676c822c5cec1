using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class TaggerInputTests
{
    [Fact]
    public void DropsPunctuationWordsAndStripsAttachedPunctuationLikeThePipeline()
    {
        var input = TaggerInput.FromWords(["قال", "،", "ميتيران،", "(د", "أ)"]);

        Assert.Equal(["قال", "ميتيران", "د", "ا"], input.Tokens);
        Assert.Equal([0, -1, 1, 2, 3], input.FirstTokenOfWord);
    }

    [Fact]
    public void PunctuationWordsComeBackAsOutside()
    {
        var input = TaggerInput.FromWords(["جورج", "-", "بوش"]);

        var wordTags = input.WordTags(["B-PER", "I-PER"]);

        // The dash is O, so the I-PER after it opens a new entity and is repaired to B-PER.
        Assert.Equal(["B-PER", "O", "B-PER"], wordTags);
    }

    [Fact]
    public void TrainingTagsContinueAnEntityOverAWordSplitInTwo()
    {
        var input = TaggerInput.FromWords(["في", "U.S", "اليوم"]);

        Assert.Equal(["O", "B-LOC", "I-LOC", "O"], input.TokenTags(["O", "B-LOC", "O"]));
    }

    [Fact]
    public void WordsTakenAsTheirOwnTokenAreExactlyThoseTheFoldAndTokenizerLeaveWhole()
    {
        for (var c = '\u0600'; c <= '\u06FF'; c++)
        {
            var word = new string(c, 3);
            if (TaggerInput.IsOneFoldedToken(word))
            {
                var tokens = Rasd.Text.Tokenizer.Tokenize(Rasd.Text.ArabicNormalizer.Fold(word));
                Assert.Equal([word], tokens.Select(t => t.Text));
            }
        }
        Assert.True(TaggerInput.IsOneFoldedToken("بوتين"));
        Assert.True(TaggerInput.IsOneFoldedToken("2024"));
        Assert.False(TaggerInput.IsOneFoldedToken("أستانا"));
        Assert.False(TaggerInput.IsOneFoldedToken("مدرسة"));
        Assert.False(TaggerInput.IsOneFoldedToken("بوتين،"));
        Assert.False(TaggerInput.IsOneFoldedToken("عـلي"));
        Assert.False(TaggerInput.IsOneFoldedToken("G7"));
        Assert.False(TaggerInput.IsOneFoldedToken(""));
    }
}
