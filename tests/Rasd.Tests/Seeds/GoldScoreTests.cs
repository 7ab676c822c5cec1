using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rasd.Evaluation;
using Rasd.Input;
using Rasd.Records;

namespace Rasd.Tests.Seeds;

/// <summary>
/// The ratchets: each category's F1 on the seed gold and on the wild gold may never fall below the
/// floor it last reached (seed-f1-floor.json, wild-f1-floor.json; raise a floor when a change
/// improves it). Also checks that the built-in scorer agrees with tools/score.py on both sets.
/// </summary>
public sealed class GoldScoreTests
{
    private sealed record GoldSet(string Texts, string Gold, string FloorFile)
    {
        public Lazy<List<JsonObject>> Records { get; } = new(() =>
        {
            var reader = new ArticleReader();
            return ArticleReader.ExpandPaths([Texts])
                .Where(f => !Path.GetFileName(f).EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .SelectMany(f => reader.Read(f))
                .Select(item => item.Article ?? throw new InvalidOperationException(item.Problem!.Message))
                .Select(a => JsonNode.Parse(RecordJson.Serialize(RecordBuilder.Build(Analysis.Run(a)), indented: false))!.AsObject())
                .ToList();
        });
    }

    private static readonly Dictionary<string, GoldSet> Sets = new(StringComparer.Ordinal)
    {
        ["seeds"] = new(TestPaths.Seeds, TestPaths.SeedsGold, "seed-f1-floor.json"),
        ["wild"] = new(TestPaths.Wild, TestPaths.WildGold, "wild-f1-floor.json"),
    };

    public static TheoryData<string, string> SetsAndCategories()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in Sets.Keys)
        {
            foreach (var category in GoldScorer.Categories)
            {
                data.Add(set, category);
            }
        }
        return data;
    }

    public static TheoryData<string> SetNames => new(Sets.Keys);

    [Theory]
    [MemberData(nameof(SetsAndCategories))]
    public void F1_never_falls_below_its_floor(string set, string category)
    {
        var gold = Sets[set];
        var floors = JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(TestPaths.Repository, "tests", gold.FloorFile)))!;
        var report = GoldScorer.Score(gold.Records.Value, gold.Gold);
        var f1 = Math.Round(report.Categories[category].F1, 3);
        Assert.True(f1 >= floors[category], $"{set} {category} F1 {f1:F3} fell below its floor {floors[category]:F3}");
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Built_in_scorer_agrees_with_score_py(string set)
    {
        var gold = Sets[set];
        var script = Path.Combine(TestPaths.Shared, "tools", "score.py");
        Assert.True(File.Exists(script), $"{script} is missing: the shared folder must sit beside the repository");
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(predictions, gold.Records.Value.Select(r => r.ToJsonString()));
            var start = new ProcessStartInfo("python3", [script, predictions, gold.Gold, "--json"]) { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var python = JsonNode.Parse(process.StandardOutput.ReadToEnd())!.AsObject();
            process.WaitForExit();
            var ours = GoldScorer.Score(gold.Records.Value, gold.Gold);
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
