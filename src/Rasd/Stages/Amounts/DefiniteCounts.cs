using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Amounts;

/// <summary>
/// The definite construct in which the number follows its noun and takes the article: الدول
/// الخمس، الجمهوريات السوفياتية الأربع، القواعد الجوية الخمس عشرة، الدول الـ27. Only a plural
/// counts this way; a singular before a definite number is an ordinal or a rank (العضو الـ162),
/// and after a name head (مجموعة الدول السبع) or in a group's name (الدول السبع الكبرى) the
/// number is part of a name.
/// </summary>
internal sealed class DefiniteCounts(CountedNounReader nouns, ArabicNumberReader numbers)
{
    /// <summary>How many definite adjectives may stand between the noun and its number (الجمهوريات السوفياتية الأربع).</summary>
    private const int AdjectivesBetween = 2;

    public (CountedPhrase Noun, NumberReading Number)? ReadAt(Document document, int index, int sentenceStart, int end)
    {
        var tokens = document.Tokens;
        if (nouns.DefinitePluralAt(document, index, end) is not { } noun)
        {
            return null;
        }
        // The number first: most definite plurals have none after them, and the name tests are the dearer.
        if (NumberAfter(document, noun.End, end) is not { } number
            || (index > sentenceStart && nouns.Lexicon.NameHeads.Contains(Clitics.WithoutConjunction(tokens[index - 1].Text)))
            || nouns.Lexicon.GroupNames.LongestAt(document.Normalized.Text, tokens, index) is not null)
        {
            return null;
        }
        return (noun, number);
    }

    /// <summary>The definite number counting a noun that ends at <paramref name="nounEnd"/>: right after it, or in words after its adjectives.</summary>
    private NumberReading? NumberAfter(Document document, int nounEnd, int end)
    {
        var tokens = document.Tokens;
        for (var at = nounEnd; at < end && at <= nounEnd + AdjectivesBetween; at++)
        {
            if (document.PunctuationBetween(at - 1, at))
            {
                return null;
            }
            if (numbers.ReadDefiniteAt(tokens, at, end) is { Value: not null } number)
            {
                return at == nounEnd || number.IsWords ? number : null;
            }
            if (!IsAdjective(tokens[at].Text))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A definite adjective: a nisba (السوفياتية، الغربية، الأوروبيين) or one of the lexicon's (الكبرى، الأعضاء).</summary>
    private bool IsAdjective(string word) =>
        word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal)
        && (word.EndsWith('ي') || word.EndsWith("يه", StringComparison.Ordinal) || word.EndsWith("يين", StringComparison.Ordinal) || word.EndsWith("يون", StringComparison.Ordinal)
            || nouns.Lexicon.ConstructAdjectives.Contains(word));
}
