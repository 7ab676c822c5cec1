namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// k-means over unit vectors by cosine (spherical k-means, Dhillon &amp; Modha 2001): each vector
/// joins the centroid it is most similar to, each centroid becomes the normalized mean of its
/// vectors. Seeded by k-means++ (Arthur &amp; Vassilvitskii 2007) with a seeded generator, so the
/// same vectors give the same classes. A class left empty takes the vector its centroid fits worst.
/// </summary>
public sealed class SphericalKMeans
{
    private readonly float[] _centroids;

    private SphericalKMeans(float[] centroids, int dimension)
    {
        _centroids = centroids;
        Dimension = dimension;
    }

    public int Dimension { get; }

    public int Count => _centroids.Length / Dimension;

    /// <summary>
    /// Clusters the <paramref name="vectors"/> (unit length, <paramref name="dimension"/> floats
    /// each, one after another) into <paramref name="k"/> classes in at most
    /// <paramref name="iterations"/> rounds; <paramref name="progress"/> hears of each round
    /// (round, vectors that changed class).
    /// </summary>
    public static SphericalKMeans Fit(float[] vectors, int dimension, int k, int iterations, int seed, Action<int, int>? progress = null)
    {
        var n = vectors.Length / dimension;
        k = Math.Min(k, n);
        var random = new SplitMix(seed);
        var centroids = new float[k * dimension];
        // k-means++ under the cosine distance 1 − cos: each next centroid is a vector drawn in proportion to its distance² from the nearest chosen one.
        var nearest = new double[n];
        Array.Fill(nearest, double.MaxValue);
        var first = random.Next(n);
        vectors.AsSpan(first * dimension, dimension).CopyTo(centroids);
        for (var c = 1; c < k; c++)
        {
            var previous = centroids.AsSpan((c - 1) * dimension, dimension);
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                var distance = 1 - FloatVectors.Dot(vectors.AsSpan(i * dimension, dimension), previous);
                var squared = Math.Max(0, distance) * Math.Max(0, distance);
                if (squared < nearest[i])
                {
                    nearest[i] = squared;
                }
                sum += nearest[i];
            }
            var draw = random.NextDouble() * sum;
            var chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                draw -= nearest[i];
                if (draw <= 0)
                {
                    chosen = i;
                    break;
                }
            }
            vectors.AsSpan(chosen * dimension, dimension).CopyTo(centroids.AsSpan(c * dimension, dimension));
        }
        var model = new SphericalKMeans(centroids, dimension);
        var classOf = new int[n];
        Array.Fill(classOf, -1);
        var fit = new float[n];
        for (var round = 1; round <= iterations; round++)
        {
            var changed = 0;
            for (var i = 0; i < n; i++)
            {
                var best = model.Nearest(vectors.AsSpan(i * dimension, dimension), out fit[i]);
                if (best != classOf[i])
                {
                    changed++;
                    classOf[i] = best;
                }
            }
            progress?.Invoke(round, changed);
            var sums = new float[k * dimension];
            var members = new int[k];
            for (var i = 0; i < n; i++)
            {
                members[classOf[i]]++;
                FloatVectors.AddScaled(sums.AsSpan(classOf[i] * dimension, dimension), 1, vectors.AsSpan(i * dimension, dimension));
            }
            // Empty classes take the worst-fitting vectors, worst first (ties by index).
            using var worst = Enumerable.Range(0, n).OrderBy(i => fit[i]).ThenBy(i => i).GetEnumerator();
            for (var c = 0; c < k; c++)
            {
                if (members[c] == 0 && worst.MoveNext())
                {
                    vectors.AsSpan(worst.Current * dimension, dimension).CopyTo(sums.AsSpan(c * dimension, dimension));
                }
                FloatVectors.Normalize(sums.AsSpan(c * dimension, dimension));
            }
            sums.CopyTo(centroids, 0);
            if (changed * 1000L < n)
            {
                break;
            }
        }
        return model;
    }

    /// <summary>The class whose centroid is most similar to <paramref name="vector"/> (lowest index on ties).</summary>
    public int Nearest(ReadOnlySpan<float> vector, out float similarity)
    {
        var best = 0;
        similarity = float.NegativeInfinity;
        for (var c = 0; c < Count; c++)
        {
            var score = FloatVectors.Dot(_centroids.AsSpan(c * Dimension, Dimension), vector);
            if (score > similarity)
            {
                similarity = score;
                best = c;
            }
        }
        return best;
    }
}
