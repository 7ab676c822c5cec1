namespace Rasd.Stages.Entities.Tagging;

/// <summary>Sums of per-label scores, as the tagger and its training add a feature's weights to a token's row.</summary>
internal static class LabelScores
{
    /// <summary>Adds <paramref name="scores"/> to <paramref name="row"/>, a vector at a time (each label's sum in the same order as one by one).</summary>
    public static void Add(Span<float> row, ReadOnlySpan<float> scores)
    {
        var y = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var width = System.Numerics.Vector<float>.Count;
            for (; y + width <= row.Length; y += width)
            {
                (new System.Numerics.Vector<float>(row[y..]) + new System.Numerics.Vector<float>(scores[y..])).CopyTo(row[y..]);
            }
        }
        for (; y < row.Length; y++)
        {
            row[y] += scores[y];
        }
    }
}
