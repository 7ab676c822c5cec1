using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class SelfTrainingTests
{
    private static readonly string[] GivenNames = ["زوران", "كيمار", "لوبيت", "فاريك"];
    private static readonly string[] Towns = ["نوردافيل", "كرستانا", "بيلموره", "زافيرو"];

    private static NerModel Teacher()
    {
        var sentences = new List<TaggedSentence>();
        foreach (var given in GivenNames)
        {
            foreach (var town in Towns)
            {
                sentences.Add(new(["وقال", "الرئيس", given, "في", town, "اليوم"], ["O", "O", "B-PER", "O", "B-LOC", "O"]));
                sentences.Add(new(["وصل", "الوفد", "إلى", "مدينة", town, "أمس"], ["O", "O", "O", "O", "B-LOC", "O"]));
                sentences.Add(new(["ذهب", "الناس", "إلى", "العمل", "صباح", "اليوم"], ["O", "O", "O", "O", "O", "O"]));
            }
        }
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        return NerTrainer.Train([new TrainingSet("synthetic", sentences)], lexicon, new NerTrainingOptions { Epochs = 5, Seed = 13 });
    }

    /// <summary>Unlabeled articles: sentences with names, one without any, one too short, and a repeat.</summary>
    private static List<IReadOnlyList<IReadOnlyList<string>>> Articles() =>
    [
        [
            ["وقال", "الرئيس", "زوران", "في", "نوردافيل", "اليوم"],
            ["ذهب", "الناس", "إلى", "العمل", "صباح", "اليوم"],
            ["وقال", "الرئيس"],
        ],
        [
            ["وصل", "الوفد", "إلى", "مدينة", "كرستانا", "أمس"],
            ["وقال", "الرئيس", "زوران", "في", "نوردافيل", "اليوم"],
            ["وقال", "الرئيس", "كيمار", "في", "زافيرو", "اليوم"],
        ],
    ];

    [Fact]
    public void KeepsEachConfidentSentenceWithAnEntityOnce()
    {
        var candidates = SelfTraining.Candidates(Teacher(), Articles(), new SelfTraining.Settings(MinMargin: 0f, Count: 10, Seed: 13));

        Assert.Equal(3, candidates.Count);
        Assert.Equal(["وقال", "الرئيس", "زوران", "في", "نوردافيل", "اليوم"], candidates[0].Words);
        Assert.Equal(["O", "O", "B-PER", "O", "B-LOC", "O"], candidates[0].Tags);
        // The tokens as the tagger reads them (folded), with the teacher's tags.
        Assert.Equal(["وصل", "الوفد", "الي", "مدينه", "كرستانا", "امس"], candidates[1].Words);
        Assert.Equal(["O", "O", "O", "O", "B-LOC", "O"], candidates[1].Tags);
        Assert.Empty(SelfTraining.Candidates(Teacher(), Articles(), new SelfTraining.Settings(MinMargin: 1e6f, Count: 10, Seed: 13)));
    }

    [Fact]
    public void TheSampleIsDeterministicForASeed()
    {
        var teacher = Teacher();
        var settings = new SelfTraining.Settings(MinMargin: 0f, Count: 2, Seed: 29);

        var first = SelfTraining.Select(teacher, Articles(), settings);
        var second = SelfTraining.Select(Teacher(), Articles(), settings);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(s => string.Join(' ', s.Words)), second.Select(s => string.Join(' ', s.Words)));
        var candidates = SelfTraining.Candidates(teacher, Articles(), settings);
        var orders = Enumerable.Range(0, 20)
            .Select(seed => string.Join('|', SelfTraining.Sample(candidates, settings with { Count = 3, Seed = seed }).Select(s => string.Join(' ', s.Words))))
            .Distinct()
            .Count();
        Assert.True(orders > 1);
    }

    [Fact]
    public void TokenMarginsAreTheMaxMarginalsOfTheBestSequence()
    {
        var labels = NerTagNames.Labels;
        var decoder = new ViterbiDecoder(labels);
        var random = new Random(5);
        const int length = 4;
        var count = labels.Count;
        var emissions = Enumerable.Range(0, length * count).Select(_ => random.NextSingle() * 4 - 2).ToArray();
        var transitions = Enumerable.Range(0, (count + 1) * count).Select(_ => random.NextSingle() * 2 - 1).ToArray();
        var best = decoder.Decode(emissions, transitions, length);

        var margins = decoder.Margins(emissions, transitions, length, best);

        // By brute force over every allowed sequence: the best score with the token's own label minus the best with another.
        var bestWith = new double[length];
        var bestWithout = Enumerable.Repeat(double.NegativeInfinity, length).ToArray();
        Array.Fill(bestWith, double.NegativeInfinity);
        var sequence = new int[length];
        for (var code = 0; code < (int)Math.Pow(count, length); code++)
        {
            var rest = code;
            for (var t = 0; t < length; t++)
            {
                sequence[t] = rest % count;
                rest /= count;
            }
            var score = 0.0;
            var previous = count;
            var allowed = true;
            for (var t = 0; t < length; t++)
            {
                allowed &= decoder.IsAllowed(previous, sequence[t]);
                score += emissions[t * count + sequence[t]] + transitions[previous * count + sequence[t]];
                previous = sequence[t];
            }
            if (!allowed)
            {
                continue;
            }
            for (var t = 0; t < length; t++)
            {
                if (sequence[t] == best[t])
                {
                    bestWith[t] = Math.Max(bestWith[t], score);
                }
                else
                {
                    bestWithout[t] = Math.Max(bestWithout[t], score);
                }
            }
        }
        for (var t = 0; t < length; t++)
        {
            Assert.Equal(bestWith[t] - bestWithout[t], margins[t], 3);
        }
        Assert.All(margins, margin => Assert.True(margin >= 0));
    }
}
