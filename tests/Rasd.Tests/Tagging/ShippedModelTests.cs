using Rasd.Data;
using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

/// <summary>The model shipped under data/models: it loads, and tags a sentence none of its corpora contains.</summary>
public sealed class ShippedModelTests
{
    private static readonly Lazy<NerModel> Model = new(() => NerModel.Load(Path.Combine(DataDirectory.Locate(), "models", "ner-ar.bin.gz")));

    [Fact]
    public void FindsThePresidentAndTheCapital()
    {
        string[] words = ["وقال", "الرئيس", "الكازاخستاني", "قاسم", "جومارت", "توكاييف", "في", "أستانا"];

        var tags = Model.Value.Tag(words);

        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"], tags);
    }

    [Fact]
    public void FindsAnOrganizationAfterItsHeadNoun()
    {
        string[] words = ["وأعلنت", "منظمة", "الصحة", "العالمية", "في", "جنيف", "أن", "الوباء", "انحسر"];

        var spans = BioTags.Spans(Model.Value.Tag(words));

        Assert.Contains(new EntitySpan("ORG", 1, 4), spans);
        Assert.Contains(new EntitySpan("LOC", 5, 6), spans);
    }

    [Fact]
    public void DocumentTaggingCarriesASurnameToItsLaterBareMention()
    {
        IReadOnlyList<string>[] article =
        [
            ["وقال", "وزير", "الخارجية", "الأرجنتيني", "دييغو", "سانتيلانو", "إن", "المفاوضات", "مستمرة"],
            ["وأضاف", "سانتيلانو", "أن", "الجولة", "المقبلة", "ستعقد", "الشهر", "المقبل"],
        ];

        var tags = Model.Value.TagDocument(article);

        Assert.Equal("B-PER", tags[0][4]);
        Assert.Equal("B-PER", tags[1][1]);
    }

    [Fact]
    public void ItsWordListsLoadAsTheyWouldBeFoldedAndTokenizedAgain()
    {
        // Loading adds the saved phrases without folding and tokenizing them again: that is only
        // the same lexicon when folding and tokenizing a saved phrase changes nothing.
        var again = new TaggerLexicon();
        foreach (var (className, phrase) in Model.Value.Lexicon.Entries)
        {
            Assert.True(again.Add(className, phrase), $"{className} {phrase}");
        }

        Assert.Equal(Model.Value.Lexicon.Entries, again.Entries);
    }
}
