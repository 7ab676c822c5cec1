using System.Buffers;
using System.Text;

namespace Rasd.Text;

/// <summary>
/// Folds Arabic text for matching: Arabic-Indic and Persian digits to ASCII, alef forms to bare
/// alef, alef maqsura to yeh, teh marbuta to heh, diacritics and tatweel removed, presentation
/// forms through NFKC, no-break and exotic spaces to a plain space, invisible marks dropped.
/// Hand-written because no library keeps the offset map the pipeline needs. Every character is
/// folded in one step without recursion: NFKC is idempotent, so the characters a presentation
/// form decomposes to need only the single-character folds, and a form NFKC leaves unchanged
/// (the ornate parentheses ﴾ ﴿ around Quran verses) is kept as written.
/// </summary>
public static class ArabicNormalizer
{
    public static NormalizedView Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        // Written once into rented buffers (a character folds to one or none, bar the rare
        // presentation form that decomposes), then copied out at the length written.
        var capacity = original.Length + 16;
        var folded = ArrayPool<char>.Shared.Rent(capacity);
        var starts = ArrayPool<int>.Shared.Rent(capacity);
        var ends = ArrayPool<int>.Shared.Rent(capacity);
        try
        {
            var written = 0;
            var room = Room(folded, starts, ends);
            for (var i = 0; i < original.Length;)
            {
                var c = original[i];
                if (!IsPresentationForm(c) && !char.IsHighSurrogate(c) && written < room)
                {
                    // The common case: one character folds to one or to none.
                    if (!IsDroppedMark(c))
                    {
                        folded[written] = SingleFold(c);
                        starts[written] = i;
                        ends[written] = i + 1;
                        written++;
                    }
                    i++;
                    continue;
                }
                var width = Width(original, i);
                if (written + MaxFoldedLength > room)
                {
                    Grow(ref folded, written);
                    Grow(ref starts, written);
                    Grow(ref ends, written);
                    room = Room(folded, starts, ends);
                }
                var before = written;
                if (width == 2)
                {
                    folded[written++] = original[i];
                    folded[written++] = original[i + 1];
                }
                else
                {
                    written += WriteFolded(folded.AsSpan(written), original[i]);
                }
                for (var k = before; k < written; k++)
                {
                    starts[k] = i;
                    ends[k] = i + width;
                }
                i += width;
            }
            return new NormalizedView(original, new string(folded, 0, written), starts[..written], ends[..written]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    /// <summary>The most characters one character folds to (NFKC's longest decomposition, ﷺ, is 18).</summary>
    private const int MaxFoldedLength = 32;

    /// <summary>How many characters all three buffers can take.</summary>
    private static int Room(char[] folded, int[] starts, int[] ends) => Math.Min(folded.Length, Math.Min(starts.Length, ends.Length));

    private static void Grow<T>(ref T[] buffer, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>2 for a surrogate pair starting at the index, which is kept as it is; else 1.</summary>
    private static int Width(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>Writes what a character folds to and returns how many.</summary>
    private static int WriteFolded(Span<char> destination, char c)
    {
        if (!IsPresentationForm(c))
        {
            if (IsDroppedMark(c))
            {
                return 0;
            }
            destination[0] = SingleFold(c);
            return 1;
        }
        var decomposed = Decomposed(c);
        if (decomposed.Length == 1 && decomposed[0] == c)
        {
            destination[0] = c;
            return 1;
        }
        var written = 0;
        foreach (var d in decomposed)
        {
            if (!IsDroppedMark(d))
            {
                destination[written++] = SingleFold(d);
            }
        }
        return written;
    }

    private static string Decomposed(char c) => c.ToString().Normalize(NormalizationForm.FormKC);

    /// <summary>Folds a string without keeping the map, for dictionary keys and queries; a string with nothing to fold is returned as it is.</summary>
    public static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (IsPresentationForm(c) || IsDroppedMark(c) || SingleFold(c) != c)
            {
                return Folded(value);
            }
        }
        return value;
    }

    /// <summary>
    /// The folded text alone: what <see cref="Normalize"/> makes of it, without the two offset
    /// maps it builds for every character (presentation forms, which need decomposing, aside).
    /// </summary>
    private static string Folded(string value)
    {
        var buffer = ArrayPool<char>.Shared.Rent(value.Length);
        try
        {
            return TryFold(value, buffer, out var written) ? new string(buffer, 0, written) : Normalize(value).Text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Folds a span into a buffer as <see cref="Fold(string)"/> folds a string, for callers that
    /// test many words and keep none; false when the buffer is too small or a presentation form
    /// needs decomposing, and the caller folds a string instead.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> value, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in value)
        {
            if (IsPresentationForm(c))
            {
                return false;
            }
            if (IsDroppedMark(c))
            {
                continue;
            }
            if (written == destination.Length)
            {
                return false;
            }
            destination[written++] = SingleFold(c);
        }
        return true;
    }

    private static char SingleFold(char c) =>
        c switch
        {
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => '\u0627',
            '\u0649' => '\u064A',
            '\u0629' => '\u0647',
            '\u066B' => '.',
            '\u066C' => ',',
            '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000' or '\u2002' or '\u2003' => ' ',
            _ => c,
        };

    internal static bool IsDroppedMark(char c) =>
        c is '\u0640'
        or (>= '\u064B' and <= '\u065F')
        or '\u0670'
        or (>= '\u0610' and <= '\u061A')
        or (>= '\u06D6' and <= '\u06ED')
        or (>= '\u200B' and <= '\u200F')
        or (>= '\u202A' and <= '\u202E')
        or (>= '\u2066' and <= '\u2069')
        or '\uFEFF';

    private static bool IsPresentationForm(char c) =>
        c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE') or (>= '\uFF01' and <= '\uFF5E');
}
