using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rasd.Evaluation;
using Rasd.Input;
using Rasd.Records;

namespace Rasd.Tests.Seeds;

/// <summary>
/// The ratchet: each category's F1 on the seed gold may never fall below the floor it last reached
/// (seed-f1-floor.json; raise a floor when a change improves it). Also checks that the built-in
/// scorer agrees with tools/score.py.
/// </summary>
public sealed class SeedScoreTests
{
    private static readonly Lazy<List<JsonObject>> Records = new(() =>
    {
        var reader = new ArticleReader();
        return ArticleReader.ExpandPaths([TestPaths.Seeds])
            .SelectMany(f => reader.Read(f))
            .Select(a => JsonNode.Parse(RecordJson.Serialize(RecordBuilder.Build(Analysis.Run(a)), indented: false))!.AsObject())
            .ToList();
    });

    public static TheoryData<string> Categories => new(GoldScorer.Categories);

    [Theory]
    [MemberData(nameof(Categories))]
    public void Seed_f1_never_falls_below_its_floor(string category)
    {
        var floors = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(TestPaths.Repository, "tests", "seed-f1-floor.json")))!;
        var report = GoldScorer.Score(Records.Value, TestPaths.SeedsGold);
        var f1 = Math.Round(report.Categories[category].F1, 3);
        Assert.True(f1 >= floors[category], $"{category} F1 {f1:F3} fell below its floor {floors[category]:F3}");
    }

    [Fact]
    public void Built_in_scorer_agrees_with_score_py()
    {
        var script = Path.Combine(TestPaths.Shared, "tools", "score.py");
        if (!File.Exists(script))
        {
            return;
        }
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(predictions, Records.Value.Select(r => r.ToJsonString()));
            var start = new ProcessStartInfo("python3", [script, predictions, TestPaths.SeedsGold, "--json"]) { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var python = JsonNode.Parse(process.StandardOutput.ReadToEnd())!.AsObject();
            process.WaitForExit();
            var ours = GoldScorer.Score(Records.Value, TestPaths.SeedsGold);
            foreach (var (category, tally) in ours.Categories)
            {
                var theirs = python[category]!;
                Assert.Equal(theirs["tp"]!.GetValue<int>(), tally.TruePositives);
                Assert.Equal(theirs["fp"]!.GetValue<int>(), tally.FalsePositives);
                Assert.Equal(theirs["fn"]!.GetValue<int>(), tally.FalseNegatives);
                Assert.Equal(theirs["f1"]!.GetValue<double>(), Math.Round(tally.F1, 3));
            }
            Assert.Equal(python["overall"]!["f1"]!.GetValue<double>(), Math.Round(ours.Overall.F1, 3));
        }
        finally
        {
            File.Delete(predictions);
        }
    }
}
