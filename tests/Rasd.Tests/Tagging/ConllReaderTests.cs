using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class ConllReaderTests
{
    [Fact]
    public void ReadsSentencesSeparatedByBlankLinesWithSpaceOrTab()
    {
        const string text = "فرانكفورت B-LOC\n(د O\nأعلن O\n\nقال\tO\nجورج\tB-PERS\nبوش\tI-PERS\n";

        var sentences = ConllReader.Read(new StringReader(text));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["فرانكفورت", "(د", "أعلن"], sentences[0].Words);
        Assert.Equal(["B-LOC", "O", "O"], sentences[0].Tags);
        Assert.Equal(["O", "B-PER", "I-PER"], sentences[1].Tags);
    }

    [Fact]
    public void MapsCorpusTagSpellingsOntoPerLocOrgMisc()
    {
        const string text = "a B-MIS1\nb I-MIS1\nc B-MIS-2\nd I--ORG\ne OO\nf B-ENGLISH\ng B-MIS1`\n";

        var sentence = Assert.Single(ConllReader.Read(new StringReader(text)));

        // I--ORG after O opens a new ORG entity, so the reader repairs it to B-ORG.
        Assert.Equal(["B-MISC", "I-MISC", "B-MISC", "B-ORG", "O", "O", "B-MISC"], sentence.Tags);
    }

    [Fact]
    public void SkipsDocStartAndToleratesTrailingBlankLinesAndBom()
    {
        const string text = "\uFEFF-DOCSTART- O\n\nبغداد B-LOC\n\n\n";

        var sentence = Assert.Single(ConllReader.Read(new StringReader(text)));

        Assert.Equal(["بغداد"], sentence.Words);
    }

    [Fact]
    public void RefusesALineWithoutATag()
    {
        var error = Assert.Throws<FormatException>(() => ConllReader.Read(new StringReader("بغداد B-LOC\nدمشق\n")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
