using Rasd.Fuzz.Checks;
using Rasd.Text;

namespace Rasd.Fuzz.Targets;

/// <summary>Decodes a target's bytes as a file would be: a refusal is a documented outcome, checked and then nothing more to do.</summary>
internal static class DecodedInput
{
    /// <summary>The decoded text, or null when the decoder refused the bytes with a well-formed reason.</summary>
    public static DecodedText? Decode(byte[] input, string source)
    {
        try
        {
            return TextDecoder.Decode(input, source);
        }
        catch (InputRefusedException refusal)
        {
            InputItemCheck.VerifyRefusal(refusal, source);
            return null;
        }
    }
}
