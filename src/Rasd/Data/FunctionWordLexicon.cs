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
    private readonly HashSet<string> _prepositions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _auxiliaries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _spelledWithAlefMaqsura = new(StringComparer.Ordinal);

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
                var folded = ArabicNormalizer.Fold(word.GetString()!);
                _words.Add(folded);
                if (word.GetString()!.EndsWith('\u0649'))
                {
                    _spelledWithAlefMaqsura.Add(folded);
                }
                if (group == "prepositions")
                {
                    _prepositions.Add(folded);
                }
                else if (group == "auxiliaries")
                {
                    _auxiliaries.Add(folded);
                }
            }
        }
    }

    /// <summary>
    /// Whether a folded word is a function word ending in alef maqsura (على، إلى، حتى، لدى): folding
    /// makes it one with the word written with a final yeh (the given name علي), which the written
    /// text still tells apart.
    /// </summary>
    public bool EndsInAlefMaqsura(string foldedWord) => _spelledWithAlefMaqsura.Contains(foldedWord);

    /// <summary>Whether a folded word, or one of its readings without proclitics (وفي، بعد), is a function word.</summary>
    public bool Contains(string foldedWord) => Clitics.AnyReadingIn(foldedWord, _words);

    /// <summary>Whether a folded word as written, without reading proclitics off it, is a function word.</summary>
    public bool ContainsAsWritten(string foldedWord) => _words.Contains(foldedWord);

    /// <summary>Whether a folded word, or one of its readings without proclitics (وفي، وخلال), is a preposition.</summary>
    public bool IsPreposition(string foldedWord) => Clitics.AnyReadingIn(foldedWord, _prepositions);

    /// <summary>Whether a folded word, or one of its readings without proclitics (وكان، فباتت), is an auxiliary verb.</summary>
    public bool IsAuxiliary(string foldedWord) => Clitics.AnyReadingIn(foldedWord, _auxiliaries);
}
