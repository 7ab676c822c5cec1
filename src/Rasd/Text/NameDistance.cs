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

    public static double Between(string a, string b) => Within(a, b, double.PositiveInfinity) ?? double.PositiveInfinity;

    /// <summary>
    /// The distance when it is at most <paramref name="maxDistance"/>, otherwise null: every cost is
    /// positive, so once a whole row of the table exceeds the bound the distance does too, and the
    /// rest of the table is not filled.
    /// </summary>
    public static double? Within(string a, string b, double maxDistance)
    {
        const int onStack = 64;
        Span<double> previous = b.Length < onStack ? stackalloc double[b.Length + 1] : new double[b.Length + 1];
        Span<double> current = b.Length < onStack ? stackalloc double[b.Length + 1] : new double[b.Length + 1];
        // The cost of inserting each letter of b, read by every row: computed once, not per cell.
        Span<double> inserted = b.Length < onStack ? stackalloc double[b.Length] : new double[b.Length];
        for (var j = 0; j < b.Length; j++)
        {
            inserted[j] = IndelCost(b[j]);
        }
        previous[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + inserted[j - 1];
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var deleted = IndelCost(a[i - 1]);
            current[0] = previous[0] + deleted;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(
                    Math.Min(previous[j] + deleted, current[j - 1] + inserted[j - 1]),
                    previous[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > maxDistance)
            {
                return null;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length] <= maxDistance ? previous[b.Length] : null;
    }

    /// <summary>The least distance two names of these lengths can be apart: each letter one has beyond the other costs at least <see cref="CheapestIndel"/>.</summary>
    public static double LengthBound(int lengthA, int lengthB) => Math.Abs(lengthA - lengthB) * CheapestIndel;

    private const double CheapestIndel = 0.3;

    /// <summary>1 − distance / length of the longer name, in [0, 1].</summary>
    public static double Similarity(string a, string b) => SimilarityOf(Between(a, b), Math.Max(a.Length, b.Length));

    /// <summary>
    /// <see cref="Similarity"/> when it reaches <paramref name="floor"/>, otherwise null, without
    /// filling the distance table for names that cannot reach it.
    /// </summary>
    public static double? SimilarityAtLeast(string a, string b, double floor)
    {
        var length = Math.Max(a.Length, b.Length);
        // Similarity ≥ floor is distance ≤ (1 − floor) × length; the margin keeps every name the
        // rounding of that product could put on either side for the exact test on the similarity.
        var maxDistance = ((1 - floor) * length) + BoundMargin;
        if (LengthBound(a.Length, b.Length) > maxDistance || Within(a, b, maxDistance) is not { } distance)
        {
            return null;
        }
        var similarity = SimilarityOf(distance, length);
        return similarity >= floor ? similarity : null;
    }

    private static double SimilarityOf(double distance, int length) => length == 0 ? 1.0 : Math.Max(0.0, 1.0 - (distance / length));

    private const double BoundMargin = 1e-9;

    private static double IndelCost(char c) => NameSkeleton.IsVowelOrSeat(c) || c == 'ه' ? CheapestIndel : c == ' ' ? 0.5 : 1.0;

    private const char FirstArabic = '\u0620';

    private const int ArabicLetters = 64;

    /// <summary>The costs between Arabic letters (U+0620–U+065F), looked up in the innermost loop instead of searched in the sound classes.</summary>
    private static readonly double[] ArabicSubstitutions = BuildArabicSubstitutions();

    private static double[] BuildArabicSubstitutions()
    {
        var table = new double[ArabicLetters * ArabicLetters];
        for (var a = 0; a < ArabicLetters; a++)
        {
            for (var b = 0; b < ArabicLetters; b++)
            {
                table[(a * ArabicLetters) + b] = ComputeSubstitutionCost((char)(FirstArabic + a), (char)(FirstArabic + b));
            }
        }
        return table;
    }

    private static double SubstitutionCost(char a, char b)
    {
        var x = (uint)(a - FirstArabic);
        var y = (uint)(b - FirstArabic);
        return x < ArabicLetters && y < ArabicLetters ? ArabicSubstitutions[(int)((x * ArabicLetters) + y)] : ComputeSubstitutionCost(a, b);
    }

    private static double ComputeSubstitutionCost(char a, char b)
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
