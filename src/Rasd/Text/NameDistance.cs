namespace Rasd.Text;

/// <summary>
/// A weighted edit distance between two normalized names in which the changes transliteration
/// makes are cheap: a long vowel or hamza seat inserted or dropped (0.3), one vowel for another
/// (0.2), letters that render the same foreign sound (ج غ ق ك for g; ز ض ظ ذ for z; س ص ث; ت ط;
/// ه ح; ي ج for the Russian й) 0.4–0.5, and anything else 1.
/// </summary>
public static class NameDistance
{
    private static readonly string[] SoundClasses = ["جغقك", "زضظذ", "سصث", "تط", "هحة", "يج", "فب", "دض"];

    public static double Between(string a, string b)
    {
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + IndelCost(b[j - 1]);
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + IndelCost(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(
                    Math.Min(previous[j] + IndelCost(a[i - 1]), current[j - 1] + IndelCost(b[j - 1])),
                    previous[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>1 − distance / length of the longer name, in [0, 1].</summary>
    public static double Similarity(string a, string b)
    {
        var length = Math.Max(a.Length, b.Length);
        return length == 0 ? 1.0 : Math.Max(0.0, 1.0 - (Between(a, b) / length));
    }

    private static double IndelCost(char c) => NameSkeleton.IsVowelOrSeat(c) || c == 'ه' ? 0.3 : c == ' ' ? 0.5 : 1.0;

    private static double SubstitutionCost(char a, char b)
    {
        if (a == b)
        {
            return 0.0;
        }
        if (NameSkeleton.IsVowelOrSeat(a) && NameSkeleton.IsVowelOrSeat(b))
        {
            return 0.2;
        }
        foreach (var sounds in SoundClasses)
        {
            if (sounds.Contains(a) && sounds.Contains(b))
            {
                return sounds == "يج" || sounds == "فب" || sounds == "دض" ? 0.5 : 0.4;
            }
        }
        return 1.0;
    }
}
