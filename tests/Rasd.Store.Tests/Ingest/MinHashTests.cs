using Rasd.Store.Ingest;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Ingest;

public sealed class MinHashTests
{
    [Fact]
    public void RepublishedCopyIsSimilarAndOtherArticlesAreNot()
    {
        var original = MinHash.Compute(TestCorpus.SummitTitle + "\n\n" + TestCorpus.Summit);
        var copy = MinHash.Compute(TestCorpus.SummitTitle + "\n\n" + TestCorpus.SummitRepublished);

        Assert.True(MinHash.Similarity(original, copy) >= NearDuplicateIndex.MinSimilarity);
        foreach (var (_, _, text) in TestCorpus.Written.Where(w => w.Text != TestCorpus.Summit && w.Text != TestCorpus.SummitRepublished))
        {
            Assert.True(MinHash.Similarity(original, MinHash.Compute(text)) < 0.2);
        }
    }

    [Fact]
    public void NormalizationDoesNotChangeTheFingerprint()
    {
        Assert.Equal(MinHash.Compute("قال الرئيس إن ٢٨ مليارًا أُنفقت"), MinHash.Compute("قال الرئيس ان 28 مليارا انفقت"));
        Assert.Equal(MinHash.Compute(TestCorpus.Summit), MinHash.FromBytes(MinHash.ToBytes(MinHash.Compute(TestCorpus.Summit))));
    }

    [Fact]
    public void IndexFindsTheMostSimilarEarliestOriginal()
    {
        var summit = MinHash.Compute(TestCorpus.Summit);
        var index = new NearDuplicateIndex();
        index.Add("other", MinHash.Compute(TestCorpus.Written[0].Text));
        index.Add("summit", summit);
        index.Add("summit-again", summit);

        Assert.Equal(("summit", 1.0), index.FindOriginal(summit));
        Assert.Equal("summit", index.FindOriginal(MinHash.Compute(TestCorpus.SummitRepublished))?.Id);
        Assert.Null(index.FindOriginal(MinHash.Compute(TestCorpus.Written[2].Text)));
    }
}
