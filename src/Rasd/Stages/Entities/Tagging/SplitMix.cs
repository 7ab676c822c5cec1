namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// A small seeded generator (SplitMix64, Steele et al. 2014) for the trainers of word
/// representations: a draw is a few multiplications, which matters at a few hundred million
/// draws, and the sequence is fixed by the seed on every runtime.
/// </summary>
internal sealed class SplitMix(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => (int)((NextUInt64() >> 33) % (ulong)bound);
}
