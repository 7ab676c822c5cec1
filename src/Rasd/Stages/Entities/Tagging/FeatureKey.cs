using System.Numerics;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The 64-bit key of a feature: its template and position mixed with the hash of its value (a
/// word, an affix, a cluster id), computed straight from the characters of the token, so that
/// tagging builds no feature strings. Keys are FNV-1a over UTF-16 code units, finished with the
/// MurmurHash3 mixer: fixed across runs and machines (unlike <see cref="string.GetHashCode()"/>),
/// and with 64 bits a collision among a model's few hundred thousand features is about a one in
/// ten million chance, so a key stands for its feature. Hand-written: the mixing is a few lines,
/// and the hashing packages hash bytes, not a template combined with spans of chars.
/// </summary>
internal static class FeatureKey
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Positions a template can be read at: two tokens either side of the current one.</summary>
    public const int MaxOffset = 2;

    private static readonly ulong[] Templates = BuildTemplates();

    /// <summary>The key of a template read at a position relative to the current token (−2…+2).</summary>
    public static ulong Of(FeatureTemplate template, int position = 0) =>
        Templates[(int)template * (2 * MaxOffset + 1) + position + MaxOffset];

    /// <summary>A key refined by a value: the template with its word, or a pair's first half with its second.</summary>
    public static ulong With(ulong key, ulong value) => Finish((key * Golden) ^ value);

    /// <summary>The hash of a text value.</summary>
    public static ulong Text(ReadOnlySpan<char> text) => Finish(Add(FnvOffset, text));

    /// <summary>The hash of <paramref name="first"/> followed by <paramref name="rest"/>, as if they were one string.</summary>
    public static ulong Text(char first, ReadOnlySpan<char> rest) => Finish(Add((FnvOffset ^ first) * FnvPrime, rest));

    /// <summary>The hash of a small number (a level, a bin, a class id).</summary>
    public static ulong Number(long value) => Finish(unchecked((ulong)value) + Golden);

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return hash;
    }

    /// <summary>MurmurHash3's 64-bit finaliser: every input bit affects every output bit.</summary>
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    private static ulong[] BuildTemplates()
    {
        var count = Enum.GetValues<FeatureTemplate>().Length;
        var keys = new ulong[count * (2 * MaxOffset + 1)];
        for (var t = 0; t < count; t++)
        {
            for (var p = -MaxOffset; p <= MaxOffset; p++)
            {
                keys[t * (2 * MaxOffset + 1) + p + MaxOffset] = Finish(BitOperations.RotateLeft((ulong)(t + 1) * Golden, 17) ^ (ulong)(p + 64));
            }
        }
        return keys;
    }
}
