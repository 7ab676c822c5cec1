namespace Rasd.Text;

/// <summary>
/// The readings of a normalized Arabic word with its proclitics removed: the conjunctions و and ف,
/// the prepositions ب ل ك, and ل before the article (للتعاون → التعاون). Hand-written: a light
/// segmenter is all matching needs, and library stemmers also strip suffixes, which names keep.
/// </summary>
public static class Clitics
{
    /// <summary>The word itself first, then each reading without proclitics, with the length stripped.</summary>
    public static IEnumerable<(string Stem, int PrefixLength)> Readings(string word)
    {
        yield return (word, 0);
        if (word.Length < 3 || !IsArabicLetter(word[0]))
        {
            yield break;
        }
        var offset = 0;
        if (word[0] is 'و' or 'ف')
        {
            offset = 1;
            if (word.Length - offset >= 2)
            {
                yield return (word[offset..], offset);
            }
        }
        if (word.Length - offset >= 3)
        {
            var c = word[offset];
            if (c == 'ل' && word[offset + 1] == 'ل')
            {
                yield return ("ا" + word[(offset + 1)..], offset + 1);
            }
            if (c is 'ب' or 'ل' or 'ك')
            {
                yield return (word[(offset + 1)..], offset + 1);
            }
        }
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
