using Rasd.Fuzz.Checks;
using Rasd.Text;

namespace Rasd.Fuzz.Targets;

/// <summary>
/// Bytes to text: the decoder either refuses the bytes with a reason or returns non-blank text
/// without NUL in one of its encodings, the same whether read whole or streamed, refused one byte
/// under its length; the text's normalized view is then checked against its offset map.
/// </summary>
public sealed class DecoderTarget : IFuzzTarget
{
    private const string Source = "fuzz.txt";
    private static readonly HashSet<string> Encodings = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1256"];

    public string Name => "decoder";

    public string Description => "TextDecoder (bytes to text) and ArabicNormalizer (text to its folded view and offset map)";

    public void Run(byte[] input)
    {
        if (DecodedInput.Decode(input, Source) is not { } decoded)
        {
            return;
        }
        if (!Encodings.Contains(decoded.Encoding))
        {
            throw new InvariantViolation($"decoded as {decoded.Encoding}, which the decoder does not name");
        }
        if (string.IsNullOrWhiteSpace(decoded.Text) || decoded.Text.Contains('\0'))
        {
            throw new InvariantViolation("decoded to blank text or text with NUL, which the decoder refuses");
        }
        if (TextDecoder.DecodeStream(new MemoryStream(input), Source, input.Length) != decoded)
        {
            throw new InvariantViolation("decoding the bytes as a stream gives another text than decoding them whole");
        }
        try
        {
            TextDecoder.DecodeStream(new MemoryStream(input), Source, input.Length - 1);
            throw new InvariantViolation("a stream one byte over the limit is decoded instead of refused");
        }
        catch (InputRefusedException refusal)
        {
            InputItemCheck.VerifyRefusal(refusal, Source);
        }
        NormalizedViewCheck.Verify(ArabicNormalizer.Normalize(decoded.Text));
    }
}
