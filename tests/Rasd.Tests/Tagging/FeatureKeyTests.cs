using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class FeatureKeyTests
{
    [Fact]
    public void KeysAreFixedAcrossRunsAndMachines()
    {
        // A saved model's keys must mean the same features in every later process: these values
        // change only with the hash itself, and then TaggerFeatures.TemplateVersion must change too.
        Assert.Equal(0x34EADA8317C5CFE3UL, FeatureKey.Text("بوتين"));
        Assert.Equal(FeatureKey.Text("بوتين"), FeatureKey.Text('ب', "وتين"));
    }

    [Fact]
    public void TemplatesPositionsAndValuesAllTellKeysApart()
    {
        var word = FeatureKey.Text("موسكو");
        var keys = new HashSet<ulong>();
        foreach (var template in Enum.GetValues<FeatureTemplate>())
        {
            for (var position = -FeatureKey.MaxOffset; position <= FeatureKey.MaxOffset; position++)
            {
                Assert.True(keys.Add(FeatureKey.With(FeatureKey.Of(template, position), word)));
            }
        }
        Assert.NotEqual(FeatureKey.With(FeatureKey.With(FeatureKey.Of(FeatureTemplate.WordPairBefore), word), FeatureKey.Text("في")),
            FeatureKey.With(FeatureKey.With(FeatureKey.Of(FeatureTemplate.WordPairBefore), FeatureKey.Text("في")), word));
        Assert.NotEqual(FeatureKey.Number(1), FeatureKey.Number(2));
    }

    [Fact]
    public void TableFindsEveryRowAndNothingElse()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => FeatureKey.Number(i)).Append(0UL).ToArray();
        var table = new FeatureTable(keys);

        for (var row = 0; row < keys.Length; row++)
        {
            Assert.Equal(row, table.RowOf(keys[row]));
        }
        Assert.Equal(-1, table.RowOf(FeatureKey.Number(5000)));
        Assert.Equal(-1, new FeatureTable([]).RowOf(0));
        Assert.Throws<ArgumentException>(() => new FeatureTable([7UL, 7UL]));
    }

    [Fact]
    public void ExtractionReusesItsBufferWithoutAllocating()
    {
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        lexicon.Add("PER", "فلاديمير بوتين");
        var features = new TaggerFeatures(lexicon, new WordClusters(new Dictionary<string, int[]> { ["موسكو"] = [3, 17] }));
        var buffer = new FeatureBuffer();
        IReadOnlyList<string> tokens = ["وقال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "للتعاون", "Putin"];
        features.Extract(tokens, buffer);
        var first = buffer.Keys.ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        features.Extract(tokens, buffer);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(first, buffer.Keys.ToArray());
        Assert.Equal(tokens.Count, buffer.TokenCount);
    }
}
