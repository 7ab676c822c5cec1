using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class NerTrainerTests
{
    private static readonly string[] GivenNames = ["زوران", "كيمار", "لوبيت", "فاريك", "سندال", "مورتان"];
    private static readonly string[] FamilyNames = ["برانكو", "ديلوفا", "غريسون", "تافيلي", "هوبيرن", "كالدوس"];
    private static readonly string[] Towns = ["نوردافيل", "كرستانا", "بيلموره", "زافيرو", "دولانغا", "ساريمو"];

    /// <summary>Invented names in a few news-like frames, so that only the frames can teach the tags.</summary>
    private static List<TaggedSentence> SyntheticCorpus()
    {
        var sentences = new List<TaggedSentence>();
        for (var i = 0; i < GivenNames.Length; i++)
        {
            for (var j = 0; j < Towns.Length; j++)
            {
                var given = GivenNames[i];
                var family = FamilyNames[(i + j) % FamilyNames.Length];
                var town = Towns[j];
                sentences.Add(((i + j) % 3) switch
                {
                    0 => Sentence(("وقال", "O"), ("الرئيس", "O"), (given, "B-PER"), (family, "I-PER"), ("في", "O"), (town, "B-LOC")),
                    1 => Sentence(("وصل", "O"), ("السيد", "O"), (given, "B-PER"), (family, "I-PER"), ("إلى", "O"), ("مدينة", "O"), (town, "B-LOC"), ("أمس", "O")),
                    _ => Sentence(("أعلنت", "O"), ("شركة", "B-ORG"), (family, "I-ORG"), ("في", "O"), (town, "B-LOC"), ("عن", "O"), ("أرباحها", "O")),
                });
            }
        }
        return sentences;
    }

    private static TaggedSentence Sentence(params (string Word, string Tag)[] pairs) =>
        new([.. pairs.Select(p => p.Word)], [.. pairs.Select(p => p.Tag)]);

    private static NerModel Train(int seed, float wordDropout = 0)
    {
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        return NerTrainer.Train([new TrainingSet("synthetic", SyntheticCorpus())], lexicon, new NerTrainingOptions { Epochs = 5, Seed = seed, WordDropout = wordDropout });
    }

    private static byte[] Saved(NerModel model)
    {
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WordDropoutIsDeterministicForASeedAndStillLearnsTheFrames()
    {
        var model = Train(seed: 13, wordDropout: 2);

        Assert.Equal(Saved(model), Saved(Train(seed: 13, wordDropout: 2)));
        Assert.NotEqual(Saved(model), Saved(Train(seed: 13)));
        // Given names and towns the training never saw, found from the frame alone; the frame's own words stay outside.
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "B-LOC"],
            model.Tag(["وقال", "الرئيس", "داريمو", "كالدوس", "في", "فيرانتو"]));
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"],
            model.Tag(["وصل", "السيد", "داريمو", "تافيلي", "إلى", "مدينة", "فيرانتو", "أمس"]));
    }

    [Fact]
    public void NoWordDropoutTrainsTheModelOfTheDefaults()
    {
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        var defaults = NerTrainer.Train([new TrainingSet("synthetic", SyntheticCorpus())], lexicon, new NerTrainingOptions { Epochs = 5, Seed = 7 });

        Assert.Equal(Saved(defaults), Saved(Train(seed: 7, wordDropout: 0)));
    }

    [Fact]
    public void CostAugmentedTrainingIsDeterministicAndStillLearnsTheFrames()
    {
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        NerModel Margin(float margin) => NerTrainer.Train([new TrainingSet("synthetic", SyntheticCorpus())], lexicon, new NerTrainingOptions { Epochs = 5, Seed = 13, Margin = margin });

        var model = Margin(2f);

        Assert.Equal(Saved(model), Saved(Margin(2f)));
        Assert.NotEqual(Saved(model), Saved(Margin(0f)));
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "B-LOC"],
            model.Tag(["وقال", "الرئيس", "زوران", "كالدوس", "في", "ساريمو"]));
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            Train(seed: 7).Save(first);
            Train(seed: 7).Save(second);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void LearnsTheSyntheticCorpusAndGeneralisesToNewCombinations()
    {
        var model = Train(seed: 13);

        // This given name, family name and town never occur together in training.
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "O", "B-LOC"],
            model.Tag(["وقال", "الرئيس", "زوران", "كالدوس", "في", "ساريمو"]));
        Assert.Equal(
            ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O"],
            model.Tag(["أعلنت", "شركة", "ديلوفا", "في", "نوردافيل", "عن", "أرباحها"]));
    }

    [Fact]
    public void ASavedModelLoadsAndTagsAsTheTrainedOne()
    {
        var model = Train(seed: 13);
        var path = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = NerModel.Load(path);

            string[] sentence = ["وصل", "السيد", "كيمار", "تافيلي", "إلى", "مدينة", "زافيرو", "أمس"];
            Assert.Equal(model.Tag(sentence), loaded.Tag(sentence));
            Assert.Equal(model.FeatureCount, loaded.FeatureCount);
            Assert.Equal(model.Lexicon.Count, loaded.Lexicon.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TagsEmptyAndPunctuationOnlySentences()
    {
        var model = Train(seed: 13);

        Assert.Empty(model.Tag([]));
        Assert.Equal(["O", "O"], model.Tag(["،", "."]));
    }

    [Fact]
    public void LoadingSomethingElseFailsWithTheFileName()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");

            var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
