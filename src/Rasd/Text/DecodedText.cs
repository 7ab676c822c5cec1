namespace Rasd.Text;

/// <summary>Decoded text and the encoding it was read in (byte order mark removed, line endings as read).</summary>
public sealed record DecodedText(string Text, string Encoding);
