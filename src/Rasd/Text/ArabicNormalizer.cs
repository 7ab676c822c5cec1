using System.Text;

namespace Rasd.Text;

/// <summary>
/// Folds Arabic text for matching: Arabic-Indic and Persian digits to ASCII, alef forms to bare
/// alef, alef maqsura to yeh, teh marbuta to heh, diacritics and tatweel removed, presentation
/// forms through NFKC, no-break and exotic spaces to a plain space, invisible marks dropped.
/// Hand-written because no library keeps the offset map the pipeline needs.
/// </summary>
public static class ArabicNormalizer
{
    public static NormalizedView Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var text = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            var folded = Fold(original, i, width);
            foreach (var c in folded)
            {
                text.Append(c);
                starts.Add(i);
                ends.Add(i + width);
            }
            i += width;
        }
        return new NormalizedView(original, text.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>Folds a string without keeping the map, for dictionary keys and queries.</summary>
    public static string Fold(string value) => Normalize(value).Text;

    private static string Fold(string s, int index, int width)
    {
        if (width == 2)
        {
            return s.Substring(index, 2);
        }
        var c = s[index];
        if (IsDroppedMark(c))
        {
            return string.Empty;
        }
        if (c is >= '\u0660' and <= '\u0669')
        {
            return ((char)('0' + (c - '\u0660'))).ToString();
        }
        if (c is >= '\u06F0' and <= '\u06F9')
        {
            return ((char)('0' + (c - '\u06F0'))).ToString();
        }
        switch (c)
        {
            case '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673':
                return "\u0627";
            case '\u0649':
                return "\u064A";
            case '\u0629':
                return "\u0647";
            case '\u066B':
                return ".";
            case '\u066C':
                return ",";
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000' or '\u2002' or '\u2003':
                return " ";
        }
        if (IsPresentationForm(c))
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormKC);
            var sb = new StringBuilder(decomposed.Length);
            foreach (var d in decomposed)
            {
                sb.Append(Fold(d.ToString(), 0, 1));
            }
            return sb.ToString();
        }
        return c.ToString();
    }

    internal static bool IsDroppedMark(char c) =>
        c is '\u0640'
        or (>= '\u064B' and <= '\u065F')
        or '\u0670'
        or (>= '\u0610' and <= '\u061A')
        or (>= '\u06D6' and <= '\u06ED')
        or (>= '\u200B' and <= '\u200F')
        or (>= '\u202A' and <= '\u202E')
        or (>= '\u2066' and <= '\u2069')
        or '\uFEFF';

    private static bool IsPresentationForm(char c) =>
        c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE') or (>= '\uFF01' and <= '\uFF5E');
}
