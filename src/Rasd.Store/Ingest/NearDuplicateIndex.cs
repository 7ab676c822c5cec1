namespace Rasd.Store.Ingest;

/// <summary>
/// Finds the original of a near-duplicate: the stored original whose <see cref="MinHash"/> signature
/// estimates a Jaccard similarity of at least <see cref="MinSimilarity"/>. Locality-sensitive hashing
/// keeps it fast: the signature is cut into bands of <see cref="RowsPerBand"/> values, and only
/// articles sharing a whole band are compared (for a true similarity of 0.8 that happens with
/// probability 1 - (1 - 0.8^4)^16 ≈ 0.9998; at 0.3 with 0.12).
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Two or three edited words in a 150-word story leave about 0.9; articles sharing a third of their sentences about 0.3.</summary>
    public const double MinSimilarity = 0.8;
    private const int RowsPerBand = 4;
    private const int Bands = MinHash.Size / RowsPerBand;

    private readonly List<(string Id, uint[] Signature)> _originals = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _byBand = [];

    public int Count => _originals.Count;

    public void Add(string id, uint[] signature)
    {
        var position = _originals.Count;
        _originals.Add((id, signature));
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(signature, band));
            if (!_byBand.TryGetValue(key, out var list))
            {
                _byBand[key] = list = [];
            }
            list.Add(position);
        }
    }

    /// <summary>The most similar original (the earliest stored on ties), or null when none is similar enough.</summary>
    public (string Id, double Similarity)? FindOriginal(uint[] signature)
    {
        var bestPosition = -1;
        var bestSimilarity = 0.0;
        var compared = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (!_byBand.TryGetValue((band, BandKey(signature, band)), out var candidates))
            {
                continue;
            }
            foreach (var position in candidates)
            {
                if (!compared.Add(position))
                {
                    continue;
                }
                var similarity = MinHash.Similarity(signature, _originals[position].Signature);
                if (similarity >= MinSimilarity && (similarity > bestSimilarity || (similarity == bestSimilarity && position < bestPosition)))
                {
                    (bestPosition, bestSimilarity) = (position, similarity);
                }
            }
        }
        return bestPosition < 0 ? null : (_originals[bestPosition].Id, bestSimilarity);
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        var key = 17UL;
        for (var row = band * RowsPerBand; row < (band + 1) * RowsPerBand; row++)
        {
            key = (key * 0x100000001B3UL) ^ signature[row];
        }
        return key;
    }
}
