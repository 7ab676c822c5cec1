using Rasd.Text;

namespace Rasd.Store.Search;

/// <summary>
/// The one analysis used at index and at query time, so that both backends and both sides of a
/// search see the same terms: the pipeline's <see cref="ArabicNormalizer"/> (digits to ASCII,
/// alef forms, ى, ة, diacritics, tatweel), its <see cref="Tokenizer"/>, then Arabic words
/// light-stemmed, Latin words lower-cased and numbers stripped of thousands separators.
/// </summary>
public static class SearchAnalyzer
{
    /// <summary>
    /// Tokens indexed per article. PostgreSQL keeps positions up to 16,383 only; indexing no more
    /// than this on both backends keeps phrase matching identical.
    /// </summary>
    public const int MaxIndexedTokens = 16_000;

    /// <summary>The terms of a text with their spans in the original, in text order.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(string text, int maxTokens = int.MaxValue)
    {
        var view = ArabicNormalizer.Normalize(text);
        var tokens = Tokenizer.Tokenize(view.Text);
        var result = new List<AnalyzedToken>(Math.Min(tokens.Count, maxTokens));
        foreach (var token in tokens)
        {
            if (result.Count >= maxTokens)
            {
                break;
            }
            var term = TermOf(token);
            if (term.Length == 0)
            {
                continue;
            }
            var (start, end) = view.ToOriginal(token.Start, token.End);
            // Diacritics after the last letter are folded away; keep them inside the span so a highlight covers the whole word.
            while (end < text.Length && (char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark || text[end] == '\u0640'))
            {
                end++;
            }
            result.Add(new AnalyzedToken(term, start, end));
        }
        return result;
    }

    /// <summary>The terms of a query word or phrase, in order.</summary>
    public static IReadOnlyList<string> Terms(string text) => Analyze(text).Select(t => t.Term).ToList();

    private static string TermOf(Token token)
    {
        if (token.IsNumber)
        {
            return token.Text.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        if (IsArabic(token.Text[0]))
        {
            return ArabicLightStemmer.Stem(token.Text);
        }
        // Other scripts: lower-case, and keep only letters so that no index syntax character survives.
        return new string(token.Text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
