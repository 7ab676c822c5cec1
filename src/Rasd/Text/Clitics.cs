namespace Rasd.Text;

/// <summary>
/// The readings of a normalized Arabic word with its proclitics removed: the conjunctions و and ف,
/// the prepositions ب ل ك, and ل before the article (للتعاون → التعاون). Hand-written: a light
/// segmenter is all matching needs, and library stemmers also strip suffixes, which names keep.
/// </summary>
public static class Clitics
{
    /// <summary>The most readings a word can have: itself, without و/ف, and without a preposition (two ways before the article).</summary>
    public const int MaxReadings = 4;

    /// <summary>The word itself first, then each reading without proclitics, with the length stripped.</summary>
    public static IEnumerable<(string Stem, int PrefixLength)> Readings(string word)
    {
        var readings = new (int Skip, bool ArticleAfterLam)[MaxReadings];
        var count = ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            var (skip, articleAfterLam) = readings[r];
            yield return (articleAfterLam ? "ا" + word[skip..] : skip == 0 ? word : word[skip..], skip);
        }
    }

    /// <summary>The same readings as spans of the word, built as strings only where they put back the article's alef.</summary>
    public static CliticReadings SpanReadings(string word) => new(word);

    /// <summary>
    /// The same readings as <see cref="Readings"/> without allocating: how many leading characters
    /// each drops, and whether the reading puts back the alef of the article after ل (للتعاون →
    /// التعاون, dropping one character and restoring ا). Returns how many readings were written.
    /// </summary>
    public static int ReadingOffsets(string word, Span<(int Skip, bool ArticleAfterLam)> readings)
    {
        var count = 0;
        readings[count++] = (0, false);
        if (word.Length < 3 || !ArabicLetters.IsLetter(word[0]))
        {
            return count;
        }
        var offset = 0;
        if (word[0] is 'و' or 'ف')
        {
            offset = 1;
            if (word.Length - offset >= 2)
            {
                readings[count++] = (offset, false);
            }
        }
        if (word.Length - offset >= 3)
        {
            var c = word[offset];
            if (c == 'ل' && word[offset + 1] == 'ل')
            {
                readings[count++] = (offset + 1, true);
            }
            if (c is 'ب' or 'ل' or 'ك')
            {
                readings[count++] = (offset + 1, false);
            }
        }
        return count;
    }

    /// <summary>The word without a leading conjunction و or ف, so وأمس and فاليوم read like أمس and اليوم.</summary>
    public static string WithoutConjunction(string word) =>
        word.Length > 3 && word[0] is 'و' or 'ف' && !word.StartsWith("وو", StringComparison.Ordinal) ? word[1..] : word;

    /// <summary>Whether the word, or one of its readings without proclitics, is in the set (without allocating).</summary>
    public static bool AnyReadingIn(string word, HashSet<string> set)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[MaxReadings];
        var count = ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            var (skip, articleAfterLam) = readings[r];
            if (articleAfterLam ? set.Contains("ا" + word[skip..]) : lookup.Contains(word.AsSpan(skip)))
            {
                return true;
            }
        }
        return false;
    }
}
