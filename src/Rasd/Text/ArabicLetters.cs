namespace Rasd.Text;

/// <summary>
/// The letters of the folded view (ء to ي): a word of them alone can be part of an Arabic name;
/// a Latin spelling, digits or marks beside it cannot.
/// </summary>
public static class ArabicLetters
{
    public static bool IsLetter(char c) => c is >= '\u0621' and <= '\u064A';

    /// <summary>Whether a word is written in Arabic letters only, and has one at least.</summary>
    public static bool IsWord(string word) => word.Length > 0 && word.All(IsLetter);
}
