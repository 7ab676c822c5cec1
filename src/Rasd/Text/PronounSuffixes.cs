namespace Rasd.Text;

/// <summary>
/// The attached pronouns a noun takes after its stem (قواتها «its forces», مصدرنا «our source»),
/// folded. ه alone is left out: the folded ة of a singular is written the same.
/// </summary>
public static class PronounSuffixes
{
    public static IReadOnlyList<string> All { get; } = ["هما", "هم", "هن", "ها", "كم", "نا"];

    /// <summary>Whether a folded word ends in an attached pronoun after a stem of at least <paramref name="minStem"/> letters.</summary>
    public static bool EndsInOne(string word, int minStem)
    {
        foreach (var suffix in All)
        {
            if (word.Length >= suffix.Length + minStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
