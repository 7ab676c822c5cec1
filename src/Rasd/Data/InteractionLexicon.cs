using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// The words that report something between two countries (data/lexicons/interactions.json): verbs
/// in their forms, masdars and nouns (with the article and possessive forms derived here), and
/// phrases, each with its CAMEO root, whether its parties act together or one acts on another, and
/// the relation topic the event implies (a meeting is diplomacy, an attack security).
/// </summary>
public sealed class InteractionLexicon
{
    private static readonly string[] PossessiveSuffixes = ["ه", "ها", "هما", "هم", "نا"];

    private readonly Dictionary<string, InteractionCue> _words = new(StringComparer.Ordinal);

    public InteractionLexicon(InteractionFile file)
    {
        foreach (var entry in file.Cues)
        {
            var cue = new InteractionCue(entry.Lemma, entry.Cameo, entry.Kind == "reciprocal" ? InteractionKind.Reciprocal : InteractionKind.Directed, entry.Topic);
            foreach (var form in entry.Forms)
            {
                Add(form, cue);
            }
            foreach (var noun in entry.Nouns)
            {
                foreach (var form in NounForms(ArabicNormalizer.Fold(noun)))
                {
                    Add(form, cue);
                }
            }
        }
    }

    /// <summary>Multi-word cues (مذكرة تفاهم, قطع العلاقات).</summary>
    public PhraseMatcher<InteractionCue> Phrases { get; } = new();

    public int Count => _words.Count + Phrases.Count;

    /// <summary>The cue at a token and the token after it, or null: phrases first, then the word without proclitics or the future prefix س.</summary>
    public (InteractionCue Cue, int End)? At(string normalized, IReadOnlyList<Token> tokens, int index)
    {
        if (Phrases.LongestAt(normalized, tokens, index) is { } phrase)
        {
            return (phrase.Values[0], phrase.TokenEnd);
        }
        var word = tokens[index].Text;
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        var count = Clitics.ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            var (skip, articleAfterLam) = readings[r];
            var stem = articleAfterLam ? ("ا" + word[skip..]).AsSpan() : word.AsSpan(skip);
            if (lookup.TryGetValue(stem, out var cue) || (IsFuture(stem) && lookup.TryGetValue(stem[1..], out cue)))
            {
                return (cue, index + 1);
            }
        }
        return null;
    }

    /// <summary>A noun, with the article, and with each possessive pronoun (ة becomes ت before it).</summary>
    private static IEnumerable<string> NounForms(string noun)
    {
        yield return noun;
        yield return "ال" + noun;
        var stem = noun.EndsWith('ه') ? noun[..^1] + "ت" : noun;
        foreach (var suffix in PossessiveSuffixes)
        {
            yield return stem + suffix;
        }
    }

    private static bool IsFuture(ReadOnlySpan<char> word) => word.Length > 3 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن';

    private void Add(string form, InteractionCue cue)
    {
        var folded = ArabicNormalizer.Fold(form);
        if (folded.Contains(' '))
        {
            Phrases.Add(folded, cue);
        }
        else
        {
            _words.TryAdd(folded, cue);
        }
    }

    public sealed record InteractionFile(IReadOnlyList<CueEntry> Cues);

    public sealed record CueEntry(string Lemma, string Cameo, string Kind, IReadOnlyList<string> Forms, IReadOnlyList<string> Nouns, string? Topic = null);
}

/// <summary>An interaction cue: its lemma, CAMEO root, argument structure and the relation topic the event implies, if any.</summary>
public sealed record InteractionCue(string Lemma, string Cameo, InteractionKind Kind, string? Topic = null);

/// <summary>Whether a cue's parties act together (a meeting, an agreement) or one acts on another (a visit, a sanction).</summary>
public enum InteractionKind
{
    Reciprocal,
    Directed,
}
