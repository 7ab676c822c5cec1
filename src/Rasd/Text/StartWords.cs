namespace Rasd.Text;

/// <summary>
/// The words a reader can open an expression on, for turning away at one look-up the tokens it
/// cannot start at. A word matches as it stands or without one leading و or ف, which admits every
/// token <see cref="Clitics.WithoutConjunction"/> would read as one of the words (and a few more).
/// </summary>
public sealed class StartWords
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StartWords(IEnumerable<string> words)
    {
        _words = words.Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Admits(string word) =>
        _words.Contains(word) || (word.Length > 1 && word[0] is 'و' or 'ف' && _lookup.Contains(word.AsSpan(1)));
}
