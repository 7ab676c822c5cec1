using System.Text.Json;
using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// Arabic function words (data/lexicons/function-words.json): prepositions, conjunctions,
/// pronouns, demonstratives and relatives, particles, auxiliaries, quantifiers and time adverbs.
/// None of them is ever part of a name, so a name read from context stops at one.
/// </summary>
public sealed class FunctionWordLexicon
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public FunctionWordLexicon(Dictionary<string, JsonElement> file)
    {
        foreach (var (group, words) in file)
        {
            if (group.StartsWith('_') || words.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var word in words.EnumerateArray())
            {
                _words.Add(ArabicNormalizer.Fold(word.GetString()!));
            }
        }
    }

    /// <summary>Whether a folded word, or one of its readings without proclitics (وفي، بعد), is a function word.</summary>
    public bool Contains(string foldedWord) => Clitics.AnyReadingIn(foldedWord, _words);
}
