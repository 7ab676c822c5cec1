using System.Buffers.Binary;
using Rasd.Text;

namespace Rasd.Store.Ingest;

/// <summary>
/// A MinHash signature (Broder) of the set of three-word shingles of an article's normalized words:
/// the share of equal positions in two signatures estimates the Jaccard similarity of the two
/// shingle sets. A wire story republished with a few edited words keeps most shingles (Jaccard
/// about 0.9 for two changed words in 150); unrelated articles share almost none. The words are the
/// pipeline's folded tokens, so other digits, hamza seats or diacritics do not count as edits.
/// </summary>
public static class MinHash
{
    public const int Size = 64;
    private const int ShingleWords = 3;

    public static uint[] Compute(string text)
    {
        var words = Tokenizer.Tokenize(ArabicNormalizer.Fold(text)).Select(t => t.Text).ToList();
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        var shingles = words.Count == 0 ? 0 : Math.Max(1, words.Count - ShingleWords + 1);
        for (var i = 0; i < shingles; i++)
        {
            var shingle = HashShingle(words, i, Math.Min(ShingleWords, words.Count - i));
            for (var k = 0; k < Size; k++)
            {
                // One hash function per position: the shingle's hash mixed with a per-position constant.
                var value = (uint)(Mix(shingle ^ Seeds[k]) >> 32);
                if (value < signature[k])
                {
                    signature[k] = value;
                }
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(IReadOnlyList<uint> a, IReadOnlyList<uint> b)
    {
        var equal = 0;
        for (var k = 0; k < Size; k++)
        {
            if (a[k] == b[k])
            {
                equal++;
            }
        }
        return (double)equal / Size;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (var k = 0; k < signature.Length; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * sizeof(uint)), signature[k]);
        }
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        if (bytes.Length != Size * sizeof(uint))
        {
            throw new InvalidDataException($"a fingerprint has {Size * sizeof(uint)} bytes, not {bytes.Length}");
        }
        var signature = new uint[Size];
        for (var k = 0; k < Size; k++)
        {
            signature[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(k * sizeof(uint)));
        }
        return signature;
    }

    private static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(k => Mix((ulong)k * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>FNV-1a over the shingle's words, finished by <see cref="Mix"/>.</summary>
    private static ulong HashShingle(List<string> words, int start, int count)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + count; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
            hash = (hash ^ ' ') * 1099511628211UL;
        }
        return Mix(hash);
    }

    /// <summary>The SplitMix64 finalizer: every output bit depends on every input bit.</summary>
    private static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
