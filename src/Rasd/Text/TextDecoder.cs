using System.Text;

namespace Rasd.Text;

/// <summary>
/// Turns the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and
/// Windows-1256 when the bytes are not valid UTF-8. Binary and empty input is refused.
/// </summary>
public static class TextDecoder
{
    /// <summary>Files above this size are refused rather than read whole.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1256 => Encoding.GetEncoding(1256);

    public static DecodedText DecodeFile(string path, long maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputRefusedException(path, "no such file");
        }
        if (info.Length > maxBytes)
        {
            throw new InputRefusedException(path, $"file is {info.Length:N0} bytes, over the limit of {maxBytes:N0} bytes per article (raise it with --max-bytes)");
        }
        return Decode(File.ReadAllBytes(path), path);
    }

    public static DecodedText DecodeStream(Stream stream, string source, long maxBytes = DefaultMaxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InputRefusedException(source, $"input is over the limit of {maxBytes:N0} bytes per article (raise it with --max-bytes)");
            }
            buffer.Write(chunk, 0, read);
        }
        return Decode(buffer.ToArray(), source);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length == 0)
        {
            throw new InputRefusedException(source, "empty file");
        }
        string text;
        string encoding;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(bytes[3..], source);
            encoding = "utf-8-bom";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], source, "UTF-16 LE");
            encoding = "utf-16le";
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], source, "UTF-16 BE");
            encoding = "utf-16be";
        }
        else
        {
            if (LooksBinary(bytes))
            {
                throw new InputRefusedException(source, "binary data (NUL or control bytes), not a text file");
            }
            try
            {
                text = StrictUtf8.GetString(bytes);
                encoding = "utf-8";
            }
            catch (DecoderFallbackException)
            {
                text = Windows1256.GetString(bytes);
                if (!LooksArabic(text))
                {
                    throw new InputRefusedException(source, "not valid UTF-8 and does not read as Arabic in Windows-1256");
                }
                encoding = "windows-1256";
            }
        }
        if (text.Contains('\0'))
        {
            throw new InputRefusedException(source, "binary data (NUL characters), not a text file");
        }
        if (string.IsNullOrWhiteSpace(text.Replace('\u00A0', ' ')))
        {
            throw new InputRefusedException(source, "no text (only whitespace)");
        }
        return new DecodedText(text, encoding);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string source) => DecodeStrict(StrictUtf8, bytes, source, "UTF-8");

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string source, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputRefusedException(source, $"invalid {name} despite its byte order mark");
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }
        return control > sample.Length / 20;
    }

    private static bool LooksArabic(string text)
    {
        int arabic = 0, other = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
            else if (c > '\u007F' && !char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                other++;
            }
        }
        return arabic > 0 && arabic >= other * 4;
    }
}
