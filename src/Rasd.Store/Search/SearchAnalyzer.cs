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
    public static IReadOnlyList<AnalyzedToken> Analyze(string text, int maxTokens = int.MaxValue) => Analyze(text, maxTokens, null, []);

    /// <summary>
    /// The tokens of a text whose terms are among <paramref name="terms"/>, with their spans in the
    /// original, in text order: what a snippet highlights. A light stem is a part of its word, so
    /// an Arabic word that holds none of the terms is passed over without being stemmed, which is
    /// most of the cost of analyzing a whole article.
    /// </summary>
    public static IReadOnlyList<AnalyzedToken> Matches(string text, IReadOnlySet<string> terms)
    {
        var matches = new List<AnalyzedToken>();
        if (terms.Count == 0)
        {
            return matches;
        }
        // No token spans white space, and each character folds on its own, so the text is read run
        // by run of other characters; only a run that holds a term, a digit or a letter of another
        // script (whose terms are not parts of it: 1,800 → 1800, U.S. → us) is analyzed. A run is
        // folded into a buffer to be tested, so that the words passed over cost no allocation.
        var wanted = terms.ToArray();
        // A digit's or a Latin letter's term differs from its folded run, so such runs are analyzed,
        // but only when a term holds such characters: an Arabic term is part of its folded run.
        var otherScriptTerms = wanted.Any(term => term.Any(c => !IsArabic(c)));
        Span<char> folded = stackalloc char[128];
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var mayHold = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                mayHold |= otherScriptTerms && (char.IsDigit(text[i]) || (!IsArabic(text[i]) && char.IsLetter(text[i])));
                i++;
            }
            var run = text.AsSpan(start, i - start);
            if (!mayHold && !(ArabicNormalizer.TryFold(run, folded, out var length) ? HoldsAny(folded[..length], wanted) : HoldsAny(ArabicNormalizer.Fold(run.ToString()), wanted)))
            {
                continue;
            }
            foreach (var token in Analyze(run.ToString(), int.MaxValue, terms, wanted))
            {
                matches.Add(new AnalyzedToken(token.Term, token.Start + start, token.End + start));
            }
        }
        return matches;
    }

    /// <param name="wantedTerms">The terms of <paramref name="wanted"/> as an array, to be tested without an enumerator per token.</param>
    private static List<AnalyzedToken> Analyze(string text, int maxTokens, IReadOnlySet<string>? wanted, string[] wantedTerms)
    {
        var view = ArabicNormalizer.Normalize(text);
        var tokens = Tokenizer.Tokenize(view.Text);
        var result = new List<AnalyzedToken>(wanted is null ? Math.Min(tokens.Count, maxTokens) : 0);
        foreach (var token in tokens)
        {
            if (result.Count >= maxTokens)
            {
                break;
            }
            if (wanted is not null && !token.IsNumber && IsArabic(token.Text[0]) && !HoldsAny(token.Text, wantedTerms))
            {
                continue;
            }
            var term = TermOf(token);
            if (term.Length == 0 || (wanted is not null && !wanted.Contains(term)))
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

    private static bool HoldsAny(ReadOnlySpan<char> word, string[] terms)
    {
        foreach (var term in terms)
        {
            if (word.Contains(term, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
