using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rasd.Fuzz;

namespace Rasd.Tests.Fuzz;

/// <summary>The token list becomes a dictionary afl-fuzz loads: printable ASCII, bytes escaped, every token within its limit.</summary>
public sealed partial class AflDictionaryTests
{
    private static string TokensFile => Path.Combine(TestPaths.Repository, "fuzz", "tokens.txt");

    [Fact]
    public void The_token_list_formats_into_lines_afl_fuzz_reads_back_byte_for_byte()
    {
        var tokens = AflDictionary.ReadTokens(TokensFile);
        Assert.InRange(tokens.Count, 50, 256);
        var lines = AflDictionary.Format(tokens).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(tokens.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = DictionaryLine().Match(lines[i]);
            Assert.True(match.Success, lines[i]);
            Assert.Equal(tokens[i], Unescape(match.Groups[1].Value));
            Assert.InRange(tokens[i].Length, 1, AflDictionary.MaxTokenBytes);
        }
    }

    [Fact]
    public void The_token_list_steers_towards_arabic_cues_quotation_marks_and_container_syntax()
    {
        var tokens = AflDictionary.ReadTokens(TokensFile).Select(t => Encoding.UTF8.GetString(t)).ToHashSet();
        Assert.Contains("قال", tokens);
        Assert.Contains("«", tokens);
        Assert.Contains("<DOC>", tokens);
        Assert.Contains("{\"text\": \"", tokens);
        Assert.Contains("\u200f", tokens);
    }

    [Fact]
    public void Escapes_give_characters_and_raw_bytes()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# comment\n\\u200f\\x1f\\x8b\n\\\\u\n\\r\\n\t\n");
            var tokens = AflDictionary.ReadTokens(file);
            Assert.Equal([0xE2, 0x80, 0x8F, 0x1F, 0x8B], tokens[0]);
            Assert.Equal("\\u"u8.ToArray(), tokens[1]);
            Assert.Equal("\r\n\t"u8.ToArray(), tokens[2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("\\q")]
    [InlineData("ends with \\")]
    [InlineData("\\x1")]
    public void A_bad_escape_is_refused_with_its_line(string line)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "ok\n" + line + "\n");
            var error = Assert.Throws<FormatException>(() => AflDictionary.ReadTokens(file));
            Assert.Contains(":2:", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_token_over_the_limit_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, new string('ب', 65) + "\n");
            Assert.Throws<FormatException>(() => AflDictionary.ReadTokens(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static byte[] Unescape(string value)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && value[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(value.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else
            {
                bytes.Add((byte)value[i]);
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex("^token_[0-9]+=\"((?:[ !#-\\[\\]-~]|\\\\x[0-9a-f]{2})*)\"$")]
    private static partial Regex DictionaryLine();
}
