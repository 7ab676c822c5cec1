namespace Rasd.Text;

/// <summary>
/// Splits a normalized view into word and number tokens. Numbers keep their inner decimal point
/// and thousands separators (13.6, 1,800) so that later stages read them whole.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string normalized)
    {
        // About one token per space or line break: counted without a pass of our own, so the list seldom grows.
        var tokens = new List<Token>(normalized.AsSpan().Count(' ') + normalized.AsSpan().Count('\n') + 1);
        for (var i = 0; NextToken(normalized, ref i, out var start);)
        {
            tokens.Add(new Token(start, i, normalized[start..i]));
        }
        return tokens;
    }

    /// <summary>Finds the next token at or after <paramref name="i"/>: its start, with <paramref name="i"/> moved to its end; false when none is left.</summary>
    private static bool NextToken(string normalized, ref int i, out int start)
    {
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsAsciiDigit(c))
            {
                start = i;
                i++;
                while (i < normalized.Length && (char.IsAsciiDigit(normalized[i])
                       || (normalized[i] is '.' or ',') && i + 1 < normalized.Length && char.IsAsciiDigit(normalized[i + 1]) && char.IsAsciiDigit(normalized[i - 1])))
                {
                    i++;
                }
                return true;
            }
            if (IsWordChar(c))
            {
                start = i;
                while (i < normalized.Length && IsWordChar(normalized[i]))
                {
                    i++;
                }
                return true;
            }
            i++;
        }
        start = i;
        return false;
    }

    public static bool IsWordChar(char c) => char.IsLetter(c) || c == '\u0640';
}
