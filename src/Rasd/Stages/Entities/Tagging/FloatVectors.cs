using System.Numerics;
using System.Runtime.InteropServices;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The two operations embedding training and clustering spend their time in, a dot product and
/// adding a scaled vector, over SIMD registers. Hand-written because System.Numerics.Tensors is
/// not among the project's packages; the loops are in a fixed order, so results repeat exactly.
/// </summary>
internal static class FloatVectors
{
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var wide = Vector<float>.Count;
        var sum = Vector<float>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= wide)
        {
            var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
            var ys = MemoryMarshal.Cast<float, Vector<float>>(y[..x.Length]);
            for (var v = 0; v < xs.Length; v++)
            {
                sum += xs[v] * ys[v];
            }
            i = xs.Length * wide;
        }
        var total = Vector.Sum(sum);
        for (; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }
        return total;
    }

    /// <summary><paramref name="y"/> += <paramref name="a"/> · <paramref name="x"/>.</summary>
    public static void AddScaled(Span<float> y, float a, ReadOnlySpan<float> x)
    {
        var wide = Vector<float>.Count;
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= wide)
        {
            var xs = MemoryMarshal.Cast<float, Vector<float>>(x);
            var ys = MemoryMarshal.Cast<float, Vector<float>>(y[..x.Length]);
            var scale = new Vector<float>(a);
            for (var v = 0; v < xs.Length; v++)
            {
                ys[v] += scale * xs[v];
            }
            i = xs.Length * wide;
        }
        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    /// <summary>Scales <paramref name="x"/> to unit length (left as it is when all zero).</summary>
    public static void Normalize(Span<float> x)
    {
        var norm = MathF.Sqrt(Dot(x, x));
        if (norm > 0)
        {
            foreach (ref var value in x)
            {
                value /= norm;
            }
        }
    }
}
