using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Amounts;

/// <summary>
/// «The number of X» in a sentence (عدد السياح، عديد قواتها، إجمالي الموظفين, and عددهم referring
/// back to the nearest counted noun before it): a number that follows such a head closely and has
/// no noun of its own counts X (لم يتجاوز عدد السياح … 414 ألفا → tourists), and a generic person
/// noun after it takes X's more specific unit (عديد القوات … مليون شخص → troops). عدد من is «a
/// number of», not a head. A definite plural of people followed by a verb of reaching is a head
/// too, with a shorter reach (اللاجئون في المخيم بلغوا 20 ألفا).
/// </summary>
internal sealed class CountHeads(CountedNounReader nouns)
{
    /// <summary>How many tokens may stand between the counted noun of a head and the number it counts.</summary>
    public const int Reach = 8;

    /// <summary>How many tokens may stand between a plural subject and its verb of reaching, and between the verb and the number.</summary>
    public const int PredicateReach = 3;

    private static readonly string[] ReferringSuffixes = ["هم", "هن", "ها"];

    public IReadOnlyList<CountHead> Find(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        var heads = new List<CountHead>();
        var reaching = HasReachingVerb(tokens, first, end);
        for (var i = first; i < end; i++)
        {
            if (HeadWord(tokens[i].Text) is not { } referring)
            {
                if (reaching && PredicateAt(document, i, end) is { } predicate)
                {
                    heads.Add(predicate);
                }
                continue;
            }
            if (referring)
            {
                if (Antecedent(document, first, i) is { } antecedent)
                {
                    heads.Add(new CountHead(i, i + 1, antecedent, Referring: true));
                }
                continue;
            }
            if (i + 1 < end && tokens[i + 1].Text == "من")
            {
                continue;
            }
            var nounAt = i + 1 < end && nouns.Lexicon.CountHeads.Contains(tokens[i + 1].Text) ? i + 2 : i + 1;
            var noun = nouns.DefinitePluralAt(document, nounAt, end)
                ?? (nouns.IndefiniteAt(document, nounAt, end) is { } indefinite && indefinite.Values.FirstOrDefault(v => v.Number == GrammaticalNumber.Plural) is { } plural
                    ? new CountedPhrase(nounAt, indefinite.TokenEnd, plural)
                    : null);
            if (noun is not null)
            {
                heads.Add(new CountHead(i, noun.End, noun.Noun));
            }
        }
        return heads;
    }

    /// <summary>The head closest before a number, if the number lies within reach of it and no punctuation stands between.</summary>
    public static CountHead? Governing(Document document, IReadOnlyList<CountHead> heads, int numberStart)
    {
        for (var h = heads.Count - 1; h >= 0; h--)
        {
            var head = heads[h];
            if (head.NounEnd <= numberStart)
            {
                return numberStart - head.NounEnd <= head.Reach && !document.PunctuationBetween(head.NounEnd - 1, numberStart) ? head : null;
            }
        }
        return null;
    }

    /// <summary>A definite plural of people, a few words, then a verb of reaching (بلغ، يتجاوز، وصل): the number after the verb counts them.</summary>
    private CountHead? PredicateAt(Document document, int index, int end)
    {
        if (nouns.DefinitePluralAt(document, index, end) is not { Noun.IsPerson: true } subject)
        {
            return null;
        }
        var tokens = document.Tokens;
        for (var at = subject.End; at < end && at <= subject.End + PredicateReach; at++)
        {
            if (document.PunctuationBetween(at - 1, at))
            {
                return null;
            }
            if (nouns.Lexicon.ReachingVerbs.Contains(Clitics.WithoutConjunction(tokens[at].Text)))
            {
                return new CountHead(index, at + 1, subject.Noun) { Reach = PredicateReach };
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a word is a count head, with its proclitics removed: null when it is none, true when
    /// it carries a pronoun that refers back (عددهم), false otherwise. Reads spans so that the
    /// words of every sentence are tested without allocating.
    /// </summary>
    private bool? HeadWord(string word)
    {
        var heads = nouns.Lexicon.CountHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        var count = Clitics.ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            if (readings[r].ArticleAfterLam)
            {
                continue;
            }
            var stem = word.AsSpan(readings[r].Skip);
            if (heads.Contains(stem))
            {
                return false;
            }
            foreach (var suffix in ReferringSuffixes)
            {
                if (stem.EndsWith(suffix, StringComparison.Ordinal) && heads.Contains(stem[..^suffix.Length]))
                {
                    return true;
                }
            }
        }
        return null;
    }

    /// <summary>Whether the sentence holds a verb of reaching at all, before plural subjects are looked for.</summary>
    private bool HasReachingVerb(IReadOnlyList<Token> tokens, int first, int end)
    {
        var verbs = nouns.Lexicon.ReachingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = first; i < end; i++)
        {
            var word = tokens[i].Text.AsSpan();
            if (verbs.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ف' && verbs.Contains(word[1..])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nearest plural counted noun before a referring head (… لاجئين يبلغ عددهم …), in the same sentence.</summary>
    private CountedNoun? Antecedent(Document document, int first, int head)
    {
        for (var i = head - 1; i >= first; i--)
        {
            if (nouns.DefinitePluralAt(document, i, head) is { } definite)
            {
                return definite.Noun;
            }
            if (nouns.IndefiniteAt(document, i, head) is { } match && match.Values.FirstOrDefault(v => v.Number == GrammaticalNumber.Plural) is { } plural)
            {
                return plural;
            }
        }
        return null;
    }
}

/// <summary>A count head over tokens [Start, NounEnd) and the noun it counts; a referring head (عددهم) took its noun from before it.</summary>
internal sealed record CountHead(int Start, int NounEnd, CountedNoun Noun, bool Referring = false)
{
    /// <summary>How many tokens after the head its number may stand.</summary>
    public int Reach { get; init; } = CountHeads.Reach;
}
