using System.Globalization;
using System.Text;

namespace Rasd.Fuzz;

/// <summary>
/// Turns the readable token list (<c>fuzz/tokens.txt</c>: one token a line in UTF-8, <c>#</c>
/// comments, <c>\n \r \t \\ \uXXXX</c> escapes for characters that cannot be seen, <c>\xNN</c> for
/// raw bytes) into an afl-fuzz dictionary, whose values must be printable ASCII with every other
/// byte escaped as <c>\xNN</c>.
/// </summary>
public static class AflDictionary
{
    /// <summary>The longest token afl-fuzz takes from a dictionary file (MAX_DICT_FILE).</summary>
    public const int MaxTokenBytes = 128;

    public static IReadOnlyList<byte[]> ReadTokens(string path)
    {
        var tokens = new List<byte[]>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var bytes = Unescape(line, path, number);
            if (bytes.Length > MaxTokenBytes)
            {
                throw new FormatException($"{path}:{number}: the token is {bytes.Length} bytes, over afl-fuzz's {MaxTokenBytes}");
            }
            tokens.Add(bytes);
        }
        return tokens;
    }

    public static string Format(IReadOnlyList<byte[]> tokens)
    {
        var output = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            output.Append(CultureInfo.InvariantCulture, $"token_{i + 1}=\"");
            foreach (var b in tokens[i])
            {
                output.Append(b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:x2}");
            }
            output.Append("\"\n");
        }
        return output.ToString();
    }

    private static byte[] Unescape(string line, string path, int number)
    {
        var bytes = new List<byte>(line.Length * 2);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\')
            {
                var width = char.IsSurrogatePair(line, i) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(line.Substring(i, width)));
                i += width - 1;
                continue;
            }
            if (i + 1 == line.Length)
            {
                throw new FormatException($"{path}:{number}: a backslash ends the line");
            }
            var escape = line[++i];
            switch (escape)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case 'x' when i + 2 < line.Length && byte.TryParse(line.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var raw):
                    bytes.Add(raw);
                    i += 2;
                    break;
                case 'u' when i + 4 < line.Length && int.TryParse(line.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    bytes.AddRange(Encoding.UTF8.GetBytes(((char)code).ToString()));
                    i += 4;
                    break;
                default: throw new FormatException($"{path}:{number}: unknown escape \\{escape}");
            }
        }
        return [.. bytes];
    }
}
