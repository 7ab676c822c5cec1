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
}
