namespace Rasd.Text;

/// <summary>
/// Splits a normalized view into word and number tokens. Numbers keep their inner decimal point
/// and thousands separators (13.6, 1,800) so that later stages read them whole.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                i++;
                while (i < normalized.Length && (char.IsAsciiDigit(normalized[i])
                       || (normalized[i] is '.' or ',') && i + 1 < normalized.Length && char.IsAsciiDigit(normalized[i + 1]) && char.IsAsciiDigit(normalized[i - 1])))
                {
                    i++;
                }
                tokens.Add(new Token(start, i, normalized[start..i]));
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < normalized.Length && IsWordChar(normalized[i]))
                {
                    i++;
                }
                tokens.Add(new Token(start, i, normalized[start..i]));
            }
            else
            {
                i++;
            }
        }
        return tokens;
    }

    public static bool IsWordChar(char c) => char.IsLetter(c) || c == '\u0640';
}
