using System.Text;
using System.Text.RegularExpressions;

namespace Rasd.Evaluation;

/// <summary>The text comparison of gold scoring (spec/gold.md): NFKC, diacritics and tatweel removed, letters and digits folded, punctuation as spaces.</summary>
public static partial class GoldText
{
    public static string Normalize(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }
        var s = Diacritics().Replace(value.Normalize(NormalizationForm.FormKC), string.Empty);
        var folded = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            folded.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '“' or '”' or '«' or '»' => '"',
                '\u00A0' => ' ',
                _ => c,
            });
        }
        var spaced = Punctuation().Replace(folded.ToString(), " ");
        return string.Join(' ', spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[\"'.,،؛:!?؟()\\[\\]\\-–—/]")]
    private static partial Regex Punctuation();
}
