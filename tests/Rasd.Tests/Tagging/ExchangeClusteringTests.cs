using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class ExchangeClusteringTests
{
    [Fact]
    public void WordsSharingTheirContextsShareAClass()
    {
        string[] people = ["سامي", "رامي", "هاني", "فادي"];
        string[] towns = ["حلب", "حمص", "درعا", "ادلب"];
        var text = new List<IReadOnlyList<string>>();
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

        var clusters = ExchangeClustering.Cluster(text, [6], minCount: 1);

        Assert.Single(people.Select(person => clusters.Find(person)![0]).Distinct());
        Assert.Single(towns.Select(town => clusters.Find(town)![0]).Distinct());
        Assert.NotEqual(clusters.Find(people[0])![0], clusters.Find(towns[0])![0]);
    }

    [Fact]
    public void ClusteringIsDeterministicAndCountsTheWords()
    {
        var text = new ExchangeClustering.BigramText();
        string[] people = ["سامي", "رامي", "هاني"];
        string[] towns = ["حلب", "حمص", "درعا"];
        for (var round = 0; round < 4; round++)
        {
            foreach (var person in people)
            {
                foreach (var town in towns)
                {
                    text.Add(["وصل", person, "الى", town, "امس"]);
                }
            }
        }

        var (first, counts) = ExchangeClustering.Cluster(text, [3, 5], minCount: 2, passes: 4);
        var (second, _) = ExchangeClustering.Cluster(text, [3, 5], minCount: 2, passes: 4);

        Assert.Equal(36, counts["وصل"]);
        Assert.Equal(12, counts["سامي"]);
        Assert.Equal(2, first.LevelCount);
        Assert.All(first.Levels, pair => Assert.Equal(pair.Value, second.Find(pair.Key)));
        Assert.Single(towns.Select(town => first.Find(town)![1]).Distinct());
    }
}
