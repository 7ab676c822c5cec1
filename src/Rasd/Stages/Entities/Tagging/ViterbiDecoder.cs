using System.Buffers;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// First-order Viterbi decoding over the label set, with the IOB2 constraint built in: I-X may only
/// follow B-X or I-X, so the decoder never proposes an entity that starts inside itself.
/// </summary>
internal sealed class ViterbiDecoder
{
    private readonly int _labelCount;
    private readonly bool[] _allowed;

    /// <summary>For each label, the labels it may follow, in index order: the decoder's inner loop visits only these.</summary>
    private readonly int[][] _allowedBefore;

    /// <param name="labels">The label names, in index order.</param>
    public ViterbiDecoder(IReadOnlyList<string> labels)
    {
        _labelCount = labels.Count;
        // Row _labelCount is the sentence start.
        _allowed = new bool[(_labelCount + 1) * _labelCount];
        for (var previous = 0; previous <= _labelCount; previous++)
        {
            var previousType = previous < _labelCount ? BioTags.Split(labels[previous]).Type : null;
            for (var current = 0; current < _labelCount; current++)
            {
                var (prefix, type) = BioTags.Split(labels[current]);
                _allowed[previous * _labelCount + current] = prefix != 'I' || (previousType is not null && previousType == type);
            }
        }
        _allowedBefore = new int[_labelCount][];
        for (var current = 0; current < _labelCount; current++)
        {
            _allowedBefore[current] = [.. Enumerable.Range(0, _labelCount).Where(previous => _allowed[previous * _labelCount + current])];
        }
    }

    public int LabelCount => _labelCount;

    public bool IsAllowed(int previous, int current) => _allowed[previous * _labelCount + current];

    /// <summary>
    /// The best label sequence for emission scores <paramref name="emissions"/> (token-major,
    /// <c>LabelCount</c> per token) and transition scores (row = previous label, the last row the start).
    /// </summary>
    public int[] Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int length)
    {
        var labels = _labelCount;
        var best = new int[length];
        if (length == 0)
        {
            return best;
        }
        // Every cell the decoder reads it has written first, so rented arrays need no clearing.
        var scoreArray = ArrayPool<float>.Shared.Rent(length * labels);
        var backArray = ArrayPool<int>.Shared.Rent(length * labels);
        var score = scoreArray.AsSpan(0, length * labels);
        var back = backArray.AsSpan(0, length * labels);
        for (var y = 0; y < labels; y++)
        {
            score[y] = _allowed[labels * labels + y] ? emissions[y] + transitions[labels * labels + y] : float.NegativeInfinity;
        }
        for (var t = 1; t < length; t++)
        {
            for (var y = 0; y < labels; y++)
            {
                var bestScore = float.NegativeInfinity;
                var bestPrevious = 0;
                foreach (var p in _allowedBefore[y])
                {
                    var candidate = score[(t - 1) * labels + p] + transitions[p * labels + y];
                    if (candidate > bestScore)
                    {
                        bestScore = candidate;
                        bestPrevious = p;
                    }
                }
                score[t * labels + y] = bestScore + emissions[t * labels + y];
                back[t * labels + y] = bestPrevious;
            }
        }
        var last = 0;
        for (var y = 1; y < labels; y++)
        {
            if (score[(length - 1) * labels + y] > score[(length - 1) * labels + last])
            {
                last = y;
            }
        }
        best[length - 1] = last;
        for (var t = length - 1; t > 0; t--)
        {
            best[t - 1] = back[t * labels + best[t]];
        }
        ArrayPool<float>.Shared.Return(scoreArray);
        ArrayPool<int>.Shared.Return(backArray);
        return best;
    }
}
