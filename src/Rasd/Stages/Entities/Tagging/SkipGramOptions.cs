namespace Rasd.Stages.Entities.Tagging;

/// <summary>Settings of <see cref="SkipGramTrainer"/>; the defaults are fastText's for skip-gram, with fewer dimensions.</summary>
public sealed record SkipGramOptions
{
    /// <summary>Length of each vector; a multiple of the SIMD width keeps the arithmetic in registers.</summary>
    public int Dimension { get; init; } = 64;

    /// <summary>Most words either side that count as context (each token draws its own reach, 1 to this).</summary>
    public int Window { get; init; } = 5;

    /// <summary>Words drawn as wrong contexts per right one (negative sampling).</summary>
    public int Negatives { get; init; } = 5;

    public int Epochs { get; init; } = 1;

    /// <summary>Words seen fewer times get no vector of their own and take part in no context; their vectors come from their character n-grams.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>Shortest character n-gram of a word (the word wrapped in &lt; and &gt;).</summary>
    public int MinN { get; init; } = 3;

    /// <summary>Longest character n-gram.</summary>
    public int MaxN { get; init; } = 5;

    /// <summary>Rows the n-grams are hashed into.</summary>
    public int Buckets { get; init; } = 1 << 20;

    /// <summary>Learning rate at the start, falling linearly to zero.</summary>
    public float LearningRate { get; init; } = 0.05f;

    /// <summary>Threshold t of frequent-word subsampling: a word of relative frequency f is kept with chance √(t/f) + t/f.</summary>
    public double Subsample { get; init; } = 1e-4;

    public int Seed { get; init; } = 13;
}
