using Rasd.Pipeline;

namespace Rasd.Stages.Relations;

/// <summary>What stands between the tokens of the normalized view: the punctuation that ends a phrase, a clause or a sentence.</summary>
internal static class TokenGaps
{
    /// <summary>The characters between token k - 1 and token k.</summary>
    public static string Before(Document document, int k) =>
        k <= 0 || k >= document.Tokens.Count ? "" : document.Normalized.Text[document.Tokens[k - 1].End..document.Tokens[k].Start];

    /// <summary>Whether clause punctuation, a bracket or a quotation mark stands in any gap before tokens <paramref name="from"/> … <paramref name="to"/>.</summary>
    public static bool Punctuated(Document document, int from, int to)
    {
        for (var k = Math.Max(1, from); k <= to && k < document.Tokens.Count; k++)
        {
            if (Before(document, k).Any(c => c is '.' or '،' or ',' or '؛' or ';' or ':' or '!' or '?' or '؟' or '(' or ')' or '"' or '«' or '»' or '“' or '”' or '\n'))
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
            if (Before(document, k).Any(c => !char.IsWhiteSpace(c) && c is not ('،' or ',')))
            {
                return true;
            }
        }
        return false;
    }

    public static bool HasComma(Document document, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (Before(document, k).IndexOfAny(['،', ',']) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
