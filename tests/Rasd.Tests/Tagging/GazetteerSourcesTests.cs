using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class GazetteerSourcesTests
{
    [Fact]
    public void ReadsNameFieldsOfTheProjectGazetteerAndCapitalsAsPlaces()
    {
        var data = Directory.CreateTempSubdirectory("rasd-gaz-");
        try
        {
            Directory.CreateDirectory(Path.Combine(data.FullName, "gazetteer"));
            File.WriteAllText(Path.Combine(data.FullName, "gazetteer", "countries.json"),
                """[{"code": "KZ", "name_en": "Kazakhstan", "names": ["كازاخستان"], "nisba": ["كازاخستاني"], "capital": {"id": "city:astana", "names": ["أستانا"]}}]""");
            File.WriteAllText(Path.Combine(data.FullName, "gazetteer", "persons.json"),
                """[{"id": "person:x", "name_en": "X", "names": ["قاسم جومارت توكاييف"], "surnames": ["توكاييف"], "offices": [{"role": "رئيس كازاخستان"}]}]""");
            var lexicon = new TaggerLexicon();

            var added = GazetteerSources.AddProjectGazetteer(lexicon, data.FullName);

            Assert.Equal(8, added);
            Assert.Contains(("LOC", "استانا"), lexicon.Entries);
            Assert.Equal(["كازاخستاني", "الكازاخستاني", "كازاخستانيه", "الكازاخستانيه"], lexicon.Entries.Where(e => e.Class == GazetteerSources.StateAdjective).Select(e => e.Phrase));
            Assert.Contains(("PER", "قاسم جومارت توكاييف"), lexicon.Entries);
            Assert.DoesNotContain(lexicon.Entries, entry => entry.Phrase.Contains("رئيس", StringComparison.Ordinal));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public void HarvestsWholeNamesAndTheirTypicalWordsFromATaggedCorpus()
    {
        TaggedSentence[] corpus =
        [
            new(["زار", "فلاديمير", "بوتين", "موسكو"], ["O", "B-PER", "I-PER", "B-LOC"]),
            new(["قال", "فلاديمير", "بوتين"], ["O", "B-PER", "I-PER"]),
        ];
        var lexicon = new TaggerLexicon();

        GazetteerSources.AddCorpusNames(lexicon, "wiki", corpus);

        Assert.Contains(("wiki-PER", "فلاديمير بوتين"), lexicon.Entries);
        Assert.Contains(("wiki-LOC", "موسكو"), lexicon.Entries);
        Assert.Contains(("wiki-PER-word", "بوتين"), lexicon.Entries);
        // Seen once only: not yet a typical word of a type.
        Assert.DoesNotContain(("wiki-LOC-word", "موسكو"), lexicon.Entries);
    }

    [Fact]
    public void LexiconMarksPhrasesWithProcliticsOnTheFirstWord()
    {
        var lexicon = new TaggerLexicon();
        lexicon.Add("ORG", "الأمم المتحدة");
        lexicon.Add("TITLE", "الرئيس");

        // Annotate reads folded tokens, as TaggerInput makes them (أ → ا).
        var marks = lexicon.Annotate(["وقال", "للرئيس", "وللامم", "المتحده"]);

        Assert.Empty(marks[0]);
        Assert.Equal(["B-TITLE"], marks[1]);
        Assert.Equal(["B-ORG"], marks[2]);
        Assert.Equal(["I-ORG"], marks[3]);
    }
}
