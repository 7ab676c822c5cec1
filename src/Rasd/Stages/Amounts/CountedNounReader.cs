using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Amounts;

/// <summary>
/// Finds counted nouns in a sentence through <see cref="CountedNounLexicon"/>: the noun right
/// after a number (3 قواعد جوية), the definite plural after the من of a partitive (أربع من
/// الجمهوريات، 300 ألف من عديد قواتها), a definite plural before a definite number (الدول
/// الخمس), and a plural with a possessive pronoun (قواتها).
/// </summary>
internal sealed class CountedNounReader(CountedNounLexicon lexicon)
{
    public CountedNounLexicon Lexicon => lexicon;

    /// <summary>The indefinite noun phrase at a token (after a number), with every reading of its form.</summary>
    public PhraseMatch<CountedNoun>? IndefiniteAt(Document document, int index, int end) =>
        index < end && lexicon.Indefinite.LongestAt(document.Normalized.Text, document.Tokens, index) is { } match && match.TokenEnd <= end
            ? match
            : null;

    /// <summary>A definite plural at a token (الجمهوريات، القواعد الجوية), or a plural with a possessive pronoun (قواتها).</summary>
    public CountedPhrase? DefinitePluralAt(Document document, int index, int end)
    {
        if (index >= end)
        {
            return null;
        }
        if (MayBeDefinite(document.Tokens[index].Text)
            && lexicon.Definite.LongestAt(document.Normalized.Text, document.Tokens, index) is { } match && match.TokenEnd <= end && Plural(match.Values) is { } noun)
        {
            return new CountedPhrase(index, match.TokenEnd, noun);
        }
        return WithPronounAt(document, index);
    }

    /// <summary>A cheap test before the look-up: the article stands at the start, after at most two proclitics, or as the ل of لل.</summary>
    private static bool MayBeDefinite(string word)
    {
        var article = word.IndexOf("ال", StringComparison.Ordinal);
        return article is >= 0 and <= 2 || word.StartsWith("لل", StringComparison.Ordinal) || (word.Length > 3 && word[0] is 'و' or 'ف' && word.AsSpan(1).StartsWith("لل"));
    }

    /// <summary>
    /// The partitive after a number: من, optionally بين, optionally a count head (من عديد قواتها،
    /// من إجمالي الموظفين), then a definite plural, a plural with a pronoun, or a plural in a
    /// construct (من زعماء القبائل).
    /// </summary>
    public CountedPhrase? PartitiveAt(Document document, int index, int end)
    {
        var tokens = document.Tokens;
        if (index >= end || Clitics.WithoutConjunction(tokens[index].Text) != "من")
        {
            return null;
        }
        var next = index + 1;
        if (next < end && tokens[next].Text == "بين")
        {
            next++;
        }
        if (next < end && lexicon.CountHeads.Contains(tokens[next].Text))
        {
            next++;
        }
        if (DefinitePluralAt(document, next, end) is { } noun)
        {
            return noun with { Start = index };
        }
        return ConstructPluralAt(document, next, end) is { } construct ? construct with { Start = index } : null;
    }

    /// <summary>An indefinite plural made definite by the genitive after it (من زعماء القبائل، من مواطني البلاد).</summary>
    private CountedPhrase? ConstructPluralAt(Document document, int index, int end)
    {
        if (IndefiniteAt(document, index, end) is not { PrefixLength: 0 } match || match.TokenEnd >= end || document.PunctuationBetween(match.TokenEnd - 1, match.TokenEnd))
        {
            return null;
        }
        return match.Values.FirstOrDefault(v => v.Number == GrammaticalNumber.Plural) is { } plural ? new CountedPhrase(index, match.TokenEnd, plural) : null;
    }

    /// <summary>A counted plural written with a possessive pronoun (قواتها، دبلوماسييها is out of reach): the stem must be a plural of the lexicon.</summary>
    private CountedPhrase? WithPronounAt(Document document, int index)
    {
        var word = document.Tokens[index].Text;
        if (word.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var suffix in PronounSuffixes.All)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal)
                && lexicon.Forms.TryGetValue(word[..^suffix.Length], out var readings) && Plural(readings) is { } noun)
            {
                return new CountedPhrase(index, index + 1, noun);
            }
        }
        return null;
    }

    private static CountedNoun? Plural(IReadOnlyList<CountedNoun> readings) =>
        readings.FirstOrDefault(r => r.Number is GrammaticalNumber.Plural or GrammaticalNumber.Unmarked);
}

/// <summary>A counted noun found over tokens [Start, End).</summary>
internal sealed record CountedPhrase(int Start, int End, CountedNoun Noun);
