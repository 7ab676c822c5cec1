using System.Text;

namespace Rasd.Text;

/// <summary>
/// The consonant skeleton of a normalized name, the blocking key of variant resolution: hamza
/// seats and the long vowels ا و ي (ى) dropped, letters of one foreign sound merged, doubled letters collapsed,
/// proclitics and the article removed by the caller. جاباروف، جباروف and جابروف share جبرف.
/// Hand-written: transliterated foreign names need rules no stemmer has.
/// </summary>
public static class NameSkeleton
{
    public static string Of(string normalizedName)
    {
        var skeleton = new StringBuilder(normalizedName.Length);
        foreach (var word in normalizedName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (skeleton.Length > 0)
            {
                skeleton.Append(' ');
            }
            var stem = word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
            var wordStart = skeleton.Length;
            foreach (var c in stem)
            {
                if (IsVowelOrSeat(c))
                {
                    continue;
                }
                var letter = SoundOf(c);
                if (skeleton.Length > wordStart && skeleton[^1] == letter)
                {
                    continue;
                }
                skeleton.Append(letter);
            }
            if (skeleton.Length == wordStart)
            {
                skeleton.Append(stem);
            }
        }
        return skeleton.ToString();
    }

    /// <summary>One letter for each foreign sound that Arabic spells several ways (g: ج غ ق ك; z: ز ض ظ ذ; s: س ص ث; t: ت ط; h: ه ح ة).</summary>
    private static char SoundOf(char c) => c switch
    {
        'ج' or 'غ' or 'ق' => 'ك',
        'ض' or 'ظ' or 'ذ' => 'ز',
        'ص' or 'ث' => 'س',
        'ط' => 'ت',
        'ح' or 'ة' => 'ه',
        _ => c,
    };

    public static bool IsVowelOrSeat(char c) => c is 'ا' or 'و' or 'ي' or 'ى' or 'ء' or 'ئ' or 'ؤ' or 'أ' or 'إ' or 'آ';
}
