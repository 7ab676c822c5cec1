using System.Text;
using Rasd.Text;

namespace Rasd.Tests.Text;

public sealed class TextDecoderTests
{
    private const string Arabic = "أكد الرئيس أن العلاقات بين البلدين متينة.";

    [Fact]
    public void Refuses_an_empty_file_naming_it()
    {
        var e = Assert.Throws<InputRefusedException>(() => TextDecoder.Decode([], "empty.txt"));
        Assert.Equal("empty.txt: empty file", e.Message);
    }

    [Fact]
    public void Refuses_whitespace_and_no_break_spaces_only()
    {
        var e = Assert.Throws<InputRefusedException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(" \u00A0\n\n \u00A0"), "blank.txt"));
        Assert.Contains("no text", e.Reason);
    }

    [Fact]
    public void Refuses_binary_data()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var e = Assert.Throws<InputRefusedException>(() => TextDecoder.Decode(png, "photo.png"));
        Assert.StartsWith("photo.png: binary", e.Message);
    }

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        Assert.Equal(Arabic, TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic), "a.txt").Text);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray();
        var decoded = TextDecoder.Decode(withBom, "b.txt");
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.Encoding);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_utf16_with_bom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Arabic)).ToArray();
        var decoded = TextDecoder.Decode(bytes, "u16.txt");
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", decoded.Encoding);
    }

    [Fact]
    public void Reads_invalid_utf8_as_windows_1256_arabic()
    {
        var bytes = TextDecoder.Windows1256.GetBytes(Arabic);
        var decoded = TextDecoder.Decode(bytes, "cp1256.txt");
        Assert.Equal(Arabic, decoded.Text);
        Assert.Equal("windows-1256", decoded.Encoding);
    }

    [Fact]
    public void Refuses_invalid_utf8_that_is_not_arabic_either()
    {
        byte[] latin1 = [.. Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e na\u00efve r\u00e9sum\u00e9 \u00e0 la fa\u00e7on")];
        var e = Assert.Throws<InputRefusedException>(() => TextDecoder.Decode(latin1, "latin1.txt"));
        Assert.Contains("Windows-1256", e.Reason);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_without_reading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rasd-huge-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(50L * 1024 * 1024);
            }
            var e = Assert.Throws<InputRefusedException>(() => TextDecoder.DecodeFile(path));
            Assert.Contains("over the limit", e.Reason);
            Assert.Contains("--max-bytes", e.Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refuses_standard_input_over_the_size_limit_while_streaming()
    {
        using var stream = new MemoryStream(new byte[4096]);
        var e = Assert.Throws<InputRefusedException>(() => TextDecoder.DecodeStream(stream, "stdin", maxBytes: 1024));
        Assert.Contains("over the limit", e.Reason);
    }
}
