using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rasd.Evaluation;

/// <summary>
/// Scores analysis records against gold files exactly as spec/gold.md describes: per category,
/// micro-averaged counts of true positives, false positives and false negatives, greedy matching.
/// </summary>
public static class GoldScorer
{
    public static readonly string[] Categories = ["title", "published", "sources", "entities", "quotes", "amounts", "times", "relations"];
    private static readonly string[] Extracted = ["entities", "quotes", "amounts", "times", "relations"];

    public static GoldReport Score(IEnumerable<JsonObject> predictions, string goldDirectory)
    {
        var byFile = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var record in predictions)
        {
            byFile[Path.GetFileName(Str(record["file"]) ?? string.Empty)] = record;
        }
        var tallies = Categories.ToDictionary(c => c, _ => new Tally(), StringComparer.Ordinal);
        var missing = new List<string>();
        int topicShared = 0, topicUnion = 0;
        foreach (var path in Directory.EnumerateFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var gold = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var goldFile = Str(gold["file"])!;
            if (!byFile.TryGetValue(Path.GetFileName(goldFile), out var p))
            {
                missing.Add(goldFile);
                p = [];
            }
            var gt = NullIfEmpty(GoldText.Normalize(Str(gold["title"])));
            var pt = NullIfEmpty(GoldText.Normalize(Str(p["title"])));
            tallies["title"].Add(gt is not null && gt == pt ? 1 : 0, pt is null ? 0 : 1, gt is null ? 0 : 1);
            var gp = Str(gold["published"]);
            var pp = Str(p["published"]);
            tallies["published"].Add(gp is not null && gp == pp ? 1 : 0, pp is null ? 0 : 1, gp is null ? 0 : 1);
            var gs = Items(gold["sources"]).Select(Str).ToHashSet();
            var ps = Items(p["sources"]).Select(s => s is JsonObject o ? Str(o["id"]) : Str(s)).ToHashSet();
            tallies["sources"].Add(gs.Intersect(ps).Count(), ps.Count, gs.Count);
            Greedy(tallies["entities"], Items(p["entities"]), Items(gold["entities"]), EntitySame);
            var predictedEntities = EntitiesById(p);
            var goldEntities = EntitiesById(gold);
            Greedy(tallies["quotes"], Items(p["quotes"]), Items(gold["quotes"]), (pq, gq) => QuoteSame(pq, gq, predictedEntities, goldEntities));
            Greedy(tallies["amounts"], Items(p["amounts"]), Items(gold["amounts"]), AmountSame);
            Greedy(tallies["times"], Items(p["times"]).Where(HasValue).ToList(), Items(gold["times"]).Where(HasValue).ToList(), TimeSame);
            var gr = Pairs(Items(gold["relations"]));
            var pr = Pairs(Items(p["relations"]));
            var both = gr.Keys.Intersect(pr.Keys).ToList();
            tallies["relations"].Add(both.Count, pr.Count, gr.Count);
            foreach (var key in both)
            {
                var gTopics = Items(gr[key]?["topics"]).Select(Str).ToHashSet();
                var pTopics = Items(pr[key]?["topics"]).Select(Str).ToHashSet();
                topicShared += gTopics.Intersect(pTopics).Count();
                topicUnion += gTopics.Union(pTopics).Count();
            }
        }
        var overall = new Tally();
        foreach (var c in Extracted)
        {
            overall.Add(tallies[c].TruePositives, tallies[c].TruePositives + tallies[c].FalsePositives, tallies[c].TruePositives + tallies[c].FalseNegatives);
        }
        return new GoldReport(tallies, overall, topicUnion == 0 ? null : Math.Round((double)topicShared / topicUnion, 3), missing);
    }

    private static void Greedy(Tally tally, IReadOnlyList<JsonNode?> predicted, IReadOnlyList<JsonNode?> gold, Func<JsonNode?, JsonNode?, bool> same)
    {
        var used = new HashSet<int>();
        var tp = 0;
        foreach (var p in predicted)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (!used.Contains(i) && same(p, gold[i]))
                {
                    used.Add(i);
                    tp++;
                    break;
                }
            }
        }
        tally.Add(tp, predicted.Count, gold.Count);
    }

    private static bool EntitySame(JsonNode? p, JsonNode? g)
    {
        if (Str(p?["type"]) != Str(g?["type"]))
        {
            return false;
        }
        var pid = Str(p?["id"]);
        if (!string.IsNullOrEmpty(pid) && pid == Str(g?["id"]))
        {
            return true;
        }
        var pm = Items(p?["mentions"]).Select(m => GoldText.Normalize(m is JsonObject o ? Str(o["text"]) : Str(m))).ToHashSet();
        pm.Add(GoldText.Normalize(Str(p?["name"])));
        pm.Remove(string.Empty);
        return Items(g?["mentions"]).Any(m => pm.Contains(GoldText.Normalize(Str(m))));
    }

    /// <summary>Equal speaker ids (or both null), or the two speakers' entities match by the entity rule, so a person no gazetteer knows counts by name.</summary>
    private static bool SpeakerSame(string? predicted, string? gold, Dictionary<string, JsonNode?> predictedEntities, Dictionary<string, JsonNode?> goldEntities) =>
        predicted == gold
        || (predicted is not null && gold is not null
            && predictedEntities.TryGetValue(predicted, out var pe) && goldEntities.TryGetValue(gold, out var ge) && EntitySame(pe, ge));

    private static bool QuoteSame(JsonNode? p, JsonNode? g, Dictionary<string, JsonNode?> predictedEntities, Dictionary<string, JsonNode?> goldEntities)
    {
        if (!SpeakerSame(NullIfEmpty(Str(p?["speaker"])), NullIfEmpty(Str(g?["speaker"])), predictedEntities, goldEntities))
        {
            return false;
        }
        var pt = GoldText.Normalize(Str(p?["text"]));
        var gt = GoldText.Normalize(Str(g?["text"]));
        if (pt.Length == 0 || gt.Length == 0)
        {
            return false;
        }
        return pt.StartsWith(gt, StringComparison.Ordinal) || gt.StartsWith(pt, StringComparison.Ordinal)
            || pt.Split(' ').Take(5).SequenceEqual(gt.Split(' ').Take(5));
    }

    private static bool AmountSame(JsonNode? p, JsonNode? g)
    {
        // A gold unit may list accepted names separated by '|' ("troops|soldiers").
        var unit = Str(p?["unit"]);
        if (unit is null || !(Str(g?["unit"]) ?? string.Empty).Split('|').Contains(unit, StringComparer.Ordinal)
            || Number(p?["value"]) is not double pv || Number(g?["value"]) is not double gv)
        {
            return false;
        }
        return Math.Abs(pv - gv) <= 0.005 * Math.Max(Math.Abs(gv), 1e-9);
    }

    private static bool TimeSame(JsonNode? p, JsonNode? g) => Str(p?["value"]) is { } pv && pv == Str(g?["value"]);

    private static bool HasValue(JsonNode? time) => time?["value"] is JsonNode v && v.GetValueKind() != JsonValueKind.Null;

    private static Dictionary<(string?, string?), JsonNode?> Pairs(IEnumerable<JsonNode?> relations)
    {
        var pairs = new Dictionary<(string?, string?), JsonNode?>();
        foreach (var r in relations)
        {
            var a = Str(r?["a"]);
            var b = Str(r?["b"]);
            pairs[string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a)] = r;
        }
        return pairs;
    }

    private static Dictionary<string, JsonNode?> EntitiesById(JsonNode record)
    {
        var byId = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var entity in Items(record["entities"]))
        {
            if (NullIfEmpty(Str(entity?["id"])) is { } id)
            {
                byId[id] = entity;
            }
        }
        return byId;
    }

    private static List<JsonNode?> Items(JsonNode? node) => node is JsonArray array ? [.. array] : [];

    private static string? Str(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
        : node is JsonValue other && other.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? other.ToJsonString() : null;

    private static double? Number(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>()
        : node is JsonValue text && text.GetValueKind() == JsonValueKind.String && double.TryParse(text.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
