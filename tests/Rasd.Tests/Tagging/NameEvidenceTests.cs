using Rasd.Corpus;
using Rasd.Data;
using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

/// <summary>Name cues counted in unlabeled text, their bins, and what the tagger makes of them.</summary>
public sealed class NameEvidenceTests
{
    private static Dictionary<string, int[]> Count(params string[][] sentences)
    {
        var counter = new NameCueCounter(TestPaths.Knowledge);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            counter.Count([.. sentence.Select(Rasd.Text.ArabicNormalizer.Fold)], counts);
        }
        return counts;
    }

    [Fact]
    public void TheWordAfterATitleAndItsModifiersIsCounted()
    {
        var counts = Count(
            ["وقال", "وزير", "الخارجية", "الفلاني", "زوران", "برانكو", "إن"],
            ["استقبل", "الرئيس", "كيمار", "تافيلي", "أمس"]);

        Assert.Equal(1, counts["زوران"][0]);
        Assert.Equal(1, counts["كيمار"][0]);
        // Only the first word of the name stands right after the title; the second is counted apart.
        Assert.Equal(0, counts["برانكو"][0]);
        Assert.Equal(1, counts["برانكو"][4]);
        Assert.Equal(1, counts["تافيلي"][4]);
        Assert.False(counts.TryGetValue("الفلاني", out var modifier) && modifier[0] > 0);
    }

    [Fact]
    public void WordsBesideAReportingVerbAreCountedAndPunctuationBreaksAdjacency()
    {
        var counts = Count(
            ["وقال", "لوبيت", "إن", "الاتفاق", "قريب"],
            ["غريسون", "قال", "إن", "المحادثات", "مستمرة"],
            ["الاتفاق", "،", "قال", "المسؤول"]);

        Assert.Equal(1, counts["لوبيت"][2]);
        Assert.Equal(1, counts["غريسون"][1]);
        Assert.False(counts.TryGetValue("الاتفاق", out var beforeComma) && beforeComma[1] > 0);
        Assert.Equal(1, counts["المسؤول"][2]);
    }

    [Fact]
    public void TheWordBeforeTheComplementizerClosingAReportingVerbsSubjectIsCounted()
    {
        var counts = Count(
            ["وقال", "وزير", "المالية", "كيمار", "تافيلي", "إن", "العجز", "تراجع"],
            ["وأكد", "أن", "الاتفاق", "قريب"],
            ["قال", "المسؤول", "،", "نقلا", "عن", "مصادر", "أن", "الوضع", "هادئ"]);

        Assert.Equal(1, counts["تافيلي"][3]);
        // No subject between the verb and the complementizer; a comma ends the subject.
        Assert.False(counts.TryGetValue("وأكد", out var verb) && verb[3] > 0);
        Assert.False(counts.TryGetValue("مصادر", out var afterComma) && afterComma[3] > 0);
    }

    [Fact]
    public void TheWordAfterAnOrganizationHeadOrAPlaceCueIsCounted()
    {
        var counts = Count(
            ["وأعلنت", "شركة", "ديلوفا", "عن", "أرباحها"],
            ["وصل", "إلى", "مدينة", "نوردافيل", "أمس"]);

        Assert.Equal(1, counts["ديلوفا"][5]);
        Assert.Equal(1, counts["نوردافيل"][6]);
    }

    [Fact]
    public void BinsTellOftenFromNeverAndNeverInManyFromNeverInFew()
    {
        var name = WordEvidence.Bins(new WordNameCounts(40, 0, 0, 0, AfterTitle: 30));
        var rareNever = WordEvidence.Bins(new WordNameCounts(4, 0, 0, 0));
        var commonNever = WordEvidence.Bins(new WordNameCounts(40_000, 0, 0, 0));
        var commonOnce = WordEvidence.Bins(new WordNameCounts(40_000, 0, 0, 0, AfterTitle: 1));

        Assert.NotEqual(rareNever[0], commonNever[0]);
        Assert.NotEqual(name[0], commonOnce[0]);
        Assert.Equal(rareNever[1], rareNever[2]);
        Assert.True(name[0] > commonOnce[0] && commonOnce[0] > commonNever[0]);
    }

    [Fact]
    public void StatisticsWithCueColumnsRoundTripAndOldFilesReadAsNoCues()
    {
        var writer = new StringWriter();
        WordNameStatistics.Write(writer, new Dictionary<string, WordNameCounts> { ["زوران"] = new(12, 9, 0, 0, 7, 1, 2, 3, 4, 0, 1) });

        var read = WordNameStatistics.Read(new StringReader(writer.ToString()), "test");
        var old = WordNameStatistics.Read(new StringReader("# word\toccurrences\tas_person\tas_organization\tas_place\nزوران\t12\t9\t0\t0\n"), "old");

        Assert.Equal(new WordNameCounts(12, 9, 0, 0, 7, 1, 2, 3, 4, 0, 1), read.Of("زوران"));
        Assert.Equal(new WordNameCounts(12, 9, 0, 0), old.Of("زوران"));
        Assert.Throws<InvalidDataException>(() => WordNameStatistics.Read(new StringReader("زوران\t12\t9\t0\t0\t7\n"), "short"));
    }

    private static readonly string[] KnownNames = ["زوران", "كيمار", "لوبيت", "فاريك"];
    private static readonly string[] KnownWords = ["المشروع", "الاتفاق", "الملف", "القرار"];

    /// <summary>
    /// A neutral frame (X reached Y) where the word is a name or a noun alike; only the bulk corpus's
    /// cue counts can tell the tagger which.
    /// </summary>
    private static NerModel TrainWithEvidence(WordEvidence evidence)
    {
        var sentences = new List<TaggedSentence>();
        foreach (var round in Enumerable.Range(0, 3))
        {
            foreach (var name in KnownNames)
            {
                sentences.Add(new(["وصل", name, "إلى", "المرحلة", "الأخيرة"], ["O", "B-PER", "O", "O", "O"]));
            }
            foreach (var word in KnownWords)
            {
                sentences.Add(new(["وصل", word, "إلى", "المرحلة", "الأخيرة"], ["O", "O", "O", "O", "O"]));
            }
        }
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        return NerTrainer.Train([new TrainingSet("synthetic", sentences)], lexicon,
            new NerTrainingOptions { Epochs = 5, Seed = 3, Evidence = evidence, WordDropout = 4 });
    }

    private static WordEvidence Evidence(IEnumerable<string> names, IEnumerable<string> nouns) => new(
        names.ToDictionary(name => name, name => WordEvidence.Bins(new WordNameCounts(60, 0, 0, 0, AfterTitle: 25, AfterReportingVerb: 10)))
            .Concat(nouns.ToDictionary(noun => noun, noun => WordEvidence.Bins(new WordNameCounts(5_000, 0, 0, 0))))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    [Fact]
    public void AnUnseenWordThatFollowsTitlesInTheCorpusIsTaggedAName()
    {
        var model = TrainWithEvidence(Evidence([.. KnownNames, "سندال"], [.. KnownWords, "البرنامج"]));

        Assert.Equal("B-PER", model.Tag(["وصل", "سندال", "إلى", "المرحلة", "الأخيرة"])[1]);
        Assert.Equal("O", model.Tag(["وصل", "البرنامج", "إلى", "المرحلة", "الأخيرة"])[1]);
    }

    [Fact]
    public void AModelKeepsItsEvidenceAndClustersWhenSavedAndLoaded()
    {
        var evidence = Evidence([.. KnownNames, "سندال"], [.. KnownWords, "البرنامج"]);
        var lexicon = new TaggerLexicon();
        var clusters = new WordClusters(new Dictionary<string, int[]> { ["سندال"] = [3, 700], ["وصل"] = [1, 2] });
        var model = NerTrainer.Train(
            [new TrainingSet("synthetic", [new(["وصل", "زوران", "إلى", "المرحلة"], ["O", "B-PER", "O", "O"])])],
            lexicon, new NerTrainingOptions { Epochs = 2, Evidence = evidence, Clusters = clusters });
        var path = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);

            Assert.Equal(evidence.Count, loaded.Evidence.Count);
            Assert.Equal(evidence.Find("سندال"), loaded.Evidence.Find("سندال"));
            Assert.Equal([3, 700], loaded.Clusters.Find("سندال")!);
            string[] sentence = ["وصل", "سندال", "إلى", "المرحلة"];
            Assert.Equal(model.Tag(sentence), loaded.Tag(sentence));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
