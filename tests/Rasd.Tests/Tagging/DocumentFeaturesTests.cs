using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class DocumentFeaturesTests
{
    private static readonly int LabelCount = NerTagNames.Labels.Count;

    /// <summary>The features of a three-token sentence whose middle word was a person's surname elsewhere.</summary>
    private static List<(int Token, int Feature)> FeaturesOfTheMiddleToken(string firstPassLabel, float margin)
    {
        IReadOnlyList<string> earlier = ["قال", "دونالد", "رامسفيلد"];
        IReadOnlyList<string> sentence = ["واضاف", "رامسفيلد", "ان"];
        var memory = new DocumentMemory([(earlier, [new EntitySpan("PER", 1, 3)]), (sentence, [])]);
        var labels = NerTagNames.Labels.ToList();
        int[] firstPass = [0, labels.IndexOf(firstPassLabel), 0];
        var emissions = new float[3 * LabelCount];
        emissions[LabelCount + firstPass[1]] = margin;
        var features = new List<(int, int)>();
        DocumentFeatures.Extract(memory.Mentions(1, window: 5, spans: []), firstPass, emissions, LabelCount, features);
        return features;
    }

    [Fact]
    public void TheTokenAndItsNeighboursGetFeaturesInRange()
    {
        var features = FeaturesOfTheMiddleToken("O", margin: 1f);

        Assert.Equal([0, 1, 2], features.Select(pair => pair.Token).Distinct().Order());
        Assert.All(features, pair => Assert.InRange(pair.Feature, 0, DocumentFeatures.Count - 1));
        Assert.Equal(features.Count, features.Distinct().Count());
    }

    [Fact]
    public void WhatTheFirstPassMadeOfTheTokenAndHowSureItWasAreFeatures()
    {
        var outside = FeaturesOfTheMiddleToken("O", margin: 1f).Where(pair => pair.Token == 1).Select(pair => pair.Feature).ToHashSet();
        var person = FeaturesOfTheMiddleToken("B-PER", margin: 1f).Where(pair => pair.Token == 1).Select(pair => pair.Feature).ToHashSet();
        var surePerson = FeaturesOfTheMiddleToken("B-PER", margin: 100f).Where(pair => pair.Token == 1).Select(pair => pair.Feature).ToHashSet();

        Assert.NotEqual(outside, person);
        Assert.NotEqual(person, surePerson);
        // The mentions elsewhere (type, role, count) are the same whatever the first pass made of this one.
        Assert.True(outside.Intersect(person).Count() >= 2);
    }
}
