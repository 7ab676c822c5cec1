using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class SubwordEmbeddingsTests
{
    private static readonly SkipGramOptions Small = new() { Dimension = 16, Buckets = 4096, MinCount = 2, Epochs = 3, Subsample = 1 };

    private static WordStream Text()
    {
        string[] people = ["ميدفيديف", "لافروف", "شويغو", "بيسكوف"];
        string[] towns = ["حلب", "حمص", "درعا", "ادلب"];
        var text = new WordStream();
        for (var round = 0; round < 5; round++)
        {
            foreach (var person in people)
            {
                foreach (var town in towns)
                {
                    text.Add(["قال", person, "انه", "في", town, "اليوم"]);
                }
            }
        }
        return text;
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var first = SkipGramTrainer.Train(Text(), Small);
        var second = SkipGramTrainer.Train(Text(), Small);
        var a = new float[Small.Dimension];
        var b = new float[Small.Dimension];
        foreach (var word in new[] { "لافروف", "حلب", "ريابكوف" })
        {
            first.VectorOf(word, a);
            second.VectorOf(word, b);
            Assert.Equal(a, b);
        }
        Assert.Equal(12, first.VocabularySize);
    }

    [Fact]
    public void AnUnseenWordTakesItsVectorFromTheNgramsItShares()
    {
        var embeddings = SkipGramTrainer.Train(Text(), Small);
        var unseen = new float[Small.Dimension];
        var alike = new float[Small.Dimension];
        var unlike = new float[Small.Dimension];
        embeddings.VectorOf("لافروفا", unseen);
        embeddings.VectorOf("لافروف", alike);
        embeddings.VectorOf("درعا", unlike);

        Assert.True(FloatVectors.Dot(unseen, alike) > FloatVectors.Dot(unseen, unlike));
        Assert.Equal(1, FloatVectors.Dot(unseen, unseen), 4);
    }

    [Fact]
    public void KMeansSeparatesTwoGroupsOfDirections()
    {
        const int dimension = 8;
        var vectors = new float[20 * dimension];
        for (var i = 0; i < 20; i++)
        {
            var row = vectors.AsSpan(i * dimension, dimension);
            row[i < 10 ? 0 : 1] = 1;
            row[2 + i % 6] = 0.1f;
            FloatVectors.Normalize(row);
        }

        var kmeans = SphericalKMeans.Fit(vectors, dimension, 2, 10, seed: 5);
        var classes = Enumerable.Range(0, 20).Select(i => kmeans.Nearest(vectors.AsSpan(i * dimension, dimension), out _)).ToArray();

        Assert.Single(classes[..10].Distinct());
        Assert.Single(classes[10..].Distinct());
        Assert.NotEqual(classes[0], classes[10]);
    }
}
