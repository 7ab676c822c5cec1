using System.Globalization;
using System.Text;

namespace Rasd.Evaluation;

/// <summary>Per-category counts and scores of a gold evaluation.</summary>
public sealed record GoldReport(IReadOnlyDictionary<string, Tally> Categories, Tally Overall, double? RelationTopicJaccard, IReadOnlyList<string> Missing)
{
    /// <summary>The same lines <c>tools/score.py</c> prints.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var (name, tally) in Categories)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-10} P={tally.Precision:F3} R={tally.Recall:F3} F1={tally.F1:F3} tp={tally.TruePositives} fp={tally.FalsePositives} fn={tally.FalseNegatives}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"{"overall",-10} P={Overall.Precision:F3} R={Overall.Recall:F3} F1={Overall.F1:F3}");
        if (Missing.Count > 0)
        {
            text.AppendLine("missing records: " + string.Join(", ", Missing));
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"overall F1={Overall.F1:F3} (entities+quotes+amounts+times+relations, micro)");
        return text.ToString();
    }
}

/// <summary>True positives, false positives and false negatives, with the scores they give.</summary>
public sealed class Tally
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(int truePositives, int predicted, int gold)
    {
        TruePositives += truePositives;
        FalsePositives += predicted - truePositives;
        FalseNegatives += gold - truePositives;
    }
}
