using System.Globalization;
using System.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>Entity counts of one type: exact matches, predicted entities and gold entities (the support).</summary>
public sealed record EntityTypeScore(string Type, int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The scores of a tagged corpus: per entity type and micro-averaged.</summary>
public sealed record NerScores(IReadOnlyList<EntityTypeScore> ByType, EntityTypeScore Micro, int Sentences, int Tokens)
{
    /// <summary>A plain-text table: type, precision, recall, F1, support.</summary>
    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"type",-8} {"P",7} {"R",7} {"F1",7} {"support",8}");
        foreach (var score in ByType.Append(Micro))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{score.Type,-8} {score.Precision,7:0.0000} {score.Recall,7:0.0000} {score.F1,7:0.0000} {score.Gold,8}");
        }
        return text.ToString();
    }
}
