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

    [Fact]
    public void TheKeysNamingATokensWordComeBeforeTheOnesDescribingIt()
    {
        var lexicon = new TaggerLexicon();
        CueWords.AddTo(lexicon);
        var features = new TaggerFeatures(lexicon, WordClusters.Empty);
        var buffer = new FeatureBuffer();
        IReadOnlyList<string> tokens = ["وقال", "الرئيس", "زوران", "برانكو", "في", "نوردافيل"];
        features.Extract(tokens, buffer);
        var keys = buffer.Keys.ToArray();
        var bias = FeatureKey.Of(FeatureTemplate.Bias);

        for (var t = 0; t < tokens.Count; t++)
        {
            var start = buffer.Start(t);
            var identityEnd = buffer.IdentityEnd(t);
            var end = buffer.Start(t + 1);
            Assert.InRange(identityEnd, start + 1, end - 1);
            var identity = keys[start..identityEnd];
            var description = keys[identityEnd..end];
            // The word itself names it; the bias and the word before it describe where it stands.
            Assert.Contains(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Word, 0), FeatureKey.Text(tokens[t])), identity);
            Assert.DoesNotContain(bias, identity);
            Assert.Contains(bias, description);
            if (t > 0)
            {
                Assert.Contains(FeatureKey.With(FeatureKey.Of(FeatureTemplate.Word, -1), FeatureKey.Text(tokens[t - 1])), description);
            }
        }
    }
}
