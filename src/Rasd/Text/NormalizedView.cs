namespace Rasd.Text;

/// <summary>
/// A folded copy of a text used for matching, with a map from every folded character back to
/// the span of the original it came from. The original is never changed.
/// </summary>
public sealed class NormalizedView
{
    private readonly int[] _originStart;
    private readonly int[] _originEnd;

    internal NormalizedView(string original, string text, int[] originStart, int[] originEnd)
    {
        Original = original;
        Text = text;
        _originStart = originStart;
        _originEnd = originEnd;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>
    /// Whether the folded yeh at an offset of <see cref="Text"/> was written as a yeh (ي, or one of
    /// its presentation forms) and not as the alef maqsura (ى) that folding makes one with it.
    /// </summary>
    public bool WrittenAsYeh(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, Text.Length);
        if (Text[offset] != '\u064A')
        {
            return false;
        }
        var (start, end) = (_originStart[offset], _originEnd[offset]);
        return end - start == 1 && Original[start] is '\u064A' or (>= '\uFEF1' and <= '\uFEF4');
    }

    /// <summary>Maps a half-open span of <see cref="Text"/> to the half-open span of the original it covers.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (Text.Length == 0)
        {
            return (0, 0);
        }
        if (start == end)
        {
            var at = start < Text.Length ? _originStart[start] : _originEnd[Text.Length - 1];
            return (at, at);
        }
        return (_originStart[start], _originEnd[end - 1]);
    }

    /// <summary>The index in <see cref="Text"/> of the first folded character at or after an original offset.</summary>
    public int FromOriginal(int originalOffset)
    {
        var lo = 0;
        var hi = Text.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_originStart[mid] < originalOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
