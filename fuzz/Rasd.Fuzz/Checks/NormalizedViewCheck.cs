using Rasd.Text;

namespace Rasd.Fuzz.Checks;

/// <summary>
/// Checks that a normalized view is exactly the folds of its original, piece by piece, and that its
/// map says so: each folded character maps to one character of the original (or one surrogate
/// pair), the pieces follow the original in order without overlapping, each piece's folded
/// characters are that piece folded on its own, and whatever lies between two pieces folds to
/// nothing (the dropped marks). Both directions of the map are checked against each other.
/// </summary>
public static class NormalizedViewCheck
{
    public static void Verify(NormalizedView view)
    {
        var original = view.Original;
        var text = view.Text;
        var previousEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            var (start, end) = view.ToOriginal(i, i + 1);
            if (start < previousEnd || end > original.Length || !IsOneCharacter(original, start, end))
            {
                throw new InvariantViolation($"folded character {i} maps to [{start}, {end}), which is not one character of the original after {previousEnd} (length {original.Length})");
            }
            var next = i + 1;
            while (next < text.Length && view.ToOriginal(next, next + 1) == (start, end))
            {
                next++;
            }
            var folded = ArabicNormalizer.Fold(original[start..end]);
            if (!text.AsSpan(i, next - i).SequenceEqual(folded))
            {
                throw new InvariantViolation($"folded characters [{i}, {next}) are {Escape(text[i..next])}, but [{start}, {end}) of the original folds to {Escape(folded)}");
            }
            RequireDropped(original, previousEnd, start);
            if (view.FromOriginal(start) != i)
            {
                throw new InvariantViolation($"original offset {start} maps forward to {view.FromOriginal(start)}, not to its folded character {i}");
            }
            previousEnd = end;
            i = next;
        }
        RequireDropped(original, previousEnd, original.Length);
        if (view.FromOriginal(original.Length) != text.Length)
        {
            throw new InvariantViolation($"the end of the original maps forward to {view.FromOriginal(original.Length)}, not to the end of the folded text {text.Length}");
        }
        var (emptyStart, emptyEnd) = view.ToOriginal(text.Length, text.Length);
        if (emptyStart != emptyEnd || emptyStart < 0 || emptyEnd > original.Length)
        {
            throw new InvariantViolation($"the empty span at the end of the folded text maps to [{emptyStart}, {emptyEnd})");
        }
    }

    /// <summary>One UTF-16 unit that is not half of a surrogate pair, or one whole pair.</summary>
    private static bool IsOneCharacter(string original, int start, int end) => (end - start) switch
    {
        1 => !(start + 1 < original.Length && char.IsSurrogatePair(original[start], original[start + 1]))
             && !(start > 0 && char.IsSurrogatePair(original[start - 1], original[start])),
        2 => char.IsSurrogatePair(original[start], original[start + 1]),
        _ => false,
    };

    private static void RequireDropped(string original, int start, int end)
    {
        if (start < end && ArabicNormalizer.Fold(original[start..end]).Length != 0)
        {
            throw new InvariantViolation($"original characters [{start}, {end}) ({Escape(original[start..end])}) fold to something but no folded character maps to them");
        }
    }

    internal static string Escape(string value) =>
        string.Concat(value.Take(40).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + (value.Length > 40 ? "…" : string.Empty);
}
