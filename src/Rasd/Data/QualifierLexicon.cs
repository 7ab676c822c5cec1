using System.Text.Json;
using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// Phrases that qualify an amount (data/lexicons/qualifiers.json): before the number (حوالي، أكثر
/// من، لا يتجاوز) or after it (تقريبا، على الأقل). <c>at_least</c> is reported as <c>over</c>,
/// the record's nearest qualifier.
/// </summary>
public sealed class QualifierLexicon
{
    public QualifierLexicon(Dictionary<string, JsonElement> file)
    {
        foreach (var (qualifier, phrases) in file)
        {
            if (qualifier.StartsWith('_') || phrases.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var phrase in phrases.EnumerateArray())
            {
                Before[ArabicNormalizer.Fold(phrase.GetString()!)] = RecordQualifier(qualifier);
            }
        }
        if (file.TryGetValue("_postposed", out var postposed))
        {
            foreach (var group in postposed.EnumerateObject())
            {
                foreach (var phrase in group.Value.EnumerateArray())
                {
                    After.Add(phrase.GetString()!, RecordQualifier(group.Name));
                }
            }
        }
        MaxWords = Before.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>Normalized phrase, words joined by one space, to qualifier.</summary>
    public Dictionary<string, string> Before { get; } = new(StringComparer.Ordinal);

    public PhraseMatcher<string> After { get; } = new();

    public int MaxWords { get; }

    private static string RecordQualifier(string qualifier) => qualifier == "at_least" ? "over" : qualifier;
}
