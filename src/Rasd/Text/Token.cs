namespace Rasd.Text;

/// <summary>A word or number of the normalized view: its span there and its folded text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsNumber => Text.Length > 0 && char.IsAsciiDigit(Text[0]);
}
