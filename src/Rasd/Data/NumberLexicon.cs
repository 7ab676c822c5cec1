using System.Text.Json;
using Rasd.Text;

namespace Rasd.Data;

/// <summary>Number words, scale words and vague quantities (data/lexicons/number-words.json), keyed by normalized form.</summary>
public sealed class NumberLexicon
{
    public NumberLexicon(NumberFile file)
    {
        Units = Fold(file.Units);
        Scales = Fold(file.Scales);
        Fractions = Fold(file.Fractions ?? []);
        Vague = file.Vague.Keys.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        VagueFirstWords = Vague.Select(v => v.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
    }

    public Dictionary<string, double?> Units { get; }

    public Dictionary<string, double?> Scales { get; }

    /// <summary>Fractions of a scale: before it (نصف مليون) or added after it (مليون ونصف).</summary>
    public Dictionary<string, double?> Fractions { get; }

    /// <summary>Words and phrases that give an order of magnitude, not a value (عشرات الآلاف، بضعة).</summary>
    public HashSet<string> Vague { get; }

    /// <summary>The first words of the vague quantities, to test a word before building phrases.</summary>
    public HashSet<string> VagueFirstWords { get; }

    private static Dictionary<string, double?> Fold(Dictionary<string, JsonElement> source)
    {
        var folded = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (word, value) in source)
        {
            folded[ArabicNormalizer.Fold(word)] = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
        }
        return folded;
    }

    public sealed record NumberFile(
        Dictionary<string, JsonElement> Units,
        Dictionary<string, JsonElement> Scales,
        Dictionary<string, JsonElement> Vague,
        Dictionary<string, JsonElement>? Fractions);
}
