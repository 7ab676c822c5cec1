using System.Buffers;
using Rasd.Pipeline;

namespace Rasd.Stages.Relations;

/// <summary>What stands between the tokens of the normalized view: the punctuation that ends a phrase, a clause or a sentence.</summary>
internal static class TokenGaps
{
    private static readonly SearchValues<char> PhraseBreaks = SearchValues.Create(".،,؛;:!?؟()\"«»“”\n");

    private static readonly SearchValues<char> Commas = SearchValues.Create("،,");

    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-–");

    /// <summary>The characters between token k - 1 and token k.</summary>
    public static ReadOnlySpan<char> Before(Document document, int k) =>
        k <= 0 || k >= document.Tokens.Count ? [] : document.Normalized.Text.AsSpan(document.Tokens[k - 1].End, document.Tokens[k].Start - document.Tokens[k - 1].End);

    /// <summary>Whether clause punctuation, a bracket or a quotation mark stands in any gap before tokens <paramref name="from"/> … <paramref name="to"/>.</summary>
    public static bool Punctuated(Document document, int from, int to)
    {
        for (var k = Math.Max(1, from); k <= to && k < document.Tokens.Count; k++)
        {
            if (Before(document, k).ContainsAny(PhraseBreaks))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether anything but spaces and commas stands in the gaps before tokens <paramref name="from"/> … <paramref name="to"/>.</summary>
    public static bool PunctuatedBeyondCommas(Document document, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            foreach (var c in Before(document, k))
            {
                if (!char.IsWhiteSpace(c) && !Commas.Contains(c))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the gap before token k holds only spaces and hyphens (روسية - بيلاروسية).</summary>
    public static bool OnlySpacesOrHyphens(Document document, int k)
    {
        foreach (var c in Before(document, k))
        {
            if (!char.IsWhiteSpace(c) && !Hyphens.Contains(c))
            {
                return false;
            }
        }
        return true;
    }
}
