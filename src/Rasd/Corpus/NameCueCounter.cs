using Rasd.Data;
using Rasd.Stages.Entities.Tagging;
using Rasd.Text;

namespace Rasd.Corpus;

/// <summary>
/// Counts, per folded word of a corpus, how often it stands where a name stands: right after a
/// title of <c>data/lexicons/roles.json</c> (past the definite words that complete the title, as in
/// وزير الخارجية الروسي …, and the time adverbs that may follow it), and right before or right
/// after a reporting verb of <c>data/lexicons/reporting-verbs.json</c>, and right before the
/// complementizer (إن، أن، بأن) that closes a reporting verb's subject a few words after the verb,
/// where the speaker's last word stands (وقال وزير الخارجية … لافروف إن); also the word after
/// that first word after a title (a surname), and the word right after a head noun that opens an
/// organization's name or a noun that announces a place (<see cref="CueWords"/>). No tagger is involved, so
/// the counts are evidence the tagger can learn from without reading its own output. A punctuation
/// token breaks adjacency. Counts are sums over sentences, so they do not depend on reading order.
/// </summary>
public sealed class NameCueCounter
{
    /// <summary>The most definite words (الخارجية، الروسي، السابق) skipped between a title and the word after it.</summary>
    public const int MaxTitleModifiers = 3;

    /// <summary>The most words between a reporting verb and the complementizer whose word before it closes the subject.</summary>
    public const int MaxSubjectLength = 7;

    /// <summary>The cues counted, in the order of their columns.</summary>
    public const int CueCount = 7;

    private const string TitleClass = "TITLE";
    private const string SayClass = "SAY";
    private const string OrganizationClass = "ORGHEAD";
    private const string PlaceClass = "PLACECUE";

    private readonly TaggerLexicon _cues = new();
    private readonly HashSet<string> _gapWords;

    public NameCueCounter(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _cues.AddRange(TitleClass, knowledge.Roles.Titles);
        _cues.AddRange(SayClass, knowledge.Reporting.Verbs.Keys.Order(StringComparer.Ordinal));
        foreach (var (className, nouns) in new[] { (OrganizationClass, CueWords.OrganizationHeads), (PlaceClass, CueWords.PlaceCues) })
        {
            foreach (var noun in nouns)
            {
                _cues.Add(className, noun);
                if (!noun.StartsWith("ال", StringComparison.Ordinal) && !noun.Contains(' ', StringComparison.Ordinal))
                {
                    _cues.Add(className, "ال" + noun);
                }
            }
        }
        _gapWords = knowledge.Roles.GapWords;
        _complementizers = knowledge.Reporting.Complementizers;
    }

    private readonly HashSet<string> _complementizers;

    /// <summary>
    /// Adds the cue counts of one sentence of folded tokens to <paramref name="counts"/> (after a
    /// title, before and after a reporting verb, before the complementizer closing its subject).
    /// </summary>
    public void Count(IReadOnlyList<string> tokens, Dictionary<string, int[]> counts)
    {
        var marks = _cues.Annotate(tokens);
        var lastVerb = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsWord(tokens[i]))
            {
                // A punctuation mark ends the verb's subject.
                lastVerb = -1;
            }
            else if (_complementizers.Contains(tokens[i]) && lastVerb >= 0 && i - lastVerb >= 2 && i - lastVerb <= MaxSubjectLength + 1)
            {
                Add(counts, tokens[i - 1], 3);
                lastVerb = -1;
            }
            var isTitle = Has(marks[i], TitleClass);
            var isSay = Has(marks[i], SayClass);
            if (isSay)
            {
                lastVerb = i;
            }
            if (isSay && i > 0 && IsWord(tokens[i - 1]) && !Has(marks[i - 1], SayClass))
            {
                Add(counts, tokens[i - 1], 1);
            }
            if (isSay && marks[i].Contains("B-" + SayClass) && i + 1 < tokens.Count && IsWord(tokens[i + 1]) && !Has(marks[i + 1], SayClass))
            {
                Add(counts, tokens[i + 1], 2);
            }
            // The word after the last token of a title (the next token carries no title mark).
            if (isTitle && (i + 1 >= tokens.Count || !Has(marks[i + 1], TitleClass)))
            {
                var j = i + 1;
                var skipped = 0;
                while (j < tokens.Count && skipped < MaxTitleModifiers && (tokens[j].StartsWith("ال", StringComparison.Ordinal) || _gapWords.Contains(tokens[j])))
                {
                    j++;
                    skipped++;
                }
                if (j < tokens.Count && IsWord(tokens[j]) && !tokens[j].StartsWith("ال", StringComparison.Ordinal) && !Has(marks[j], TitleClass) && !Has(marks[j], SayClass))
                {
                    Add(counts, tokens[j], 0);
                    if (j + 1 < tokens.Count && IsWord(tokens[j + 1]) && !Has(marks[j + 1], SayClass))
                    {
                        Add(counts, tokens[j + 1], 4);
                    }
                }
            }
            foreach (var (className, column) in new[] { (OrganizationClass, 5), (PlaceClass, 6) })
            {
                if (Has(marks[i], className) && (i + 1 >= tokens.Count || !Has(marks[i + 1], className)) && i + 1 < tokens.Count && IsWord(tokens[i + 1]))
                {
                    Add(counts, tokens[i + 1], column);
                }
            }
        }
    }

    private static bool Has(List<string> marks, string className)
    {
        foreach (var mark in marks)
        {
            if (mark.AsSpan(2).SequenceEqual(className))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWord(string token) => token.Length > 0 && (ArabicLetters.IsLetter(token[0]) || char.IsAsciiLetter(token[0]));

    private static void Add(Dictionary<string, int[]> counts, string word, int column)
    {
        if (!counts.TryGetValue(word, out var row))
        {
            counts[word] = row = new int[CueCount];
        }
        row[column]++;
    }
}
