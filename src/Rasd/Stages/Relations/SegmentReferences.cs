using Rasd.Pipeline;

namespace Rasd.Stages.Relations;

/// <summary>
/// The country references of one stretch of text, in token order, with what role reading asks of
/// them for every reference answered without rescanning the stretch: which tokens lie inside a
/// reference, how many tokens whole references cover before a token, and how deep brackets are
/// open at a token. A long list of names in one sentence then costs a look-up per question, not a
/// pass over all the others.
/// </summary>
public sealed class SegmentReferences
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;
    private readonly long[] _lengthsBefore;
    private readonly int[] _bracketDepth;

    /// <param name="references">References in token order (by start), possibly nested, as <see cref="CountryReferenceFinder"/> finds them.</param>
    public SegmentReferences(Document document, int segmentStart, IReadOnlyList<CountryReference> references)
    {
        SegmentStart = segmentStart;
        References = references;
        _starts = new int[references.Count];
        _maxEnds = new int[references.Count];
        _lengthsBefore = new long[references.Count + 1];
        var maxEnd = int.MinValue;
        var lastStart = int.MinValue;
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            if (reference.TokenStart < lastStart)
            {
                throw new ArgumentException("references must be in token order", nameof(references));
            }
            lastStart = reference.TokenStart;
            _starts[i] = reference.TokenStart;
            _maxEnds[i] = maxEnd = Math.Max(maxEnd, reference.TokenEnd);
            _lengthsBefore[i + 1] = _lengthsBefore[i] + (reference.TokenEnd - reference.TokenStart);
        }
        var last = references.Count == 0 ? segmentStart : Math.Min(document.Tokens.Count - 1, Math.Max(segmentStart, lastStart));
        _bracketDepth = new int[Math.Max(0, last - segmentStart) + 1];
        for (var k = segmentStart + 1; k <= last; k++)
        {
            var depth = _bracketDepth[k - 1 - segmentStart];
            foreach (var c in TokenGaps.Before(document, k))
            {
                depth += c switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            }
            _bracketDepth[k - segmentStart] = depth;
        }
    }

    public int SegmentStart { get; }

    public IReadOnlyList<CountryReference> References { get; }

    /// <summary>Whether token <paramref name="k"/> lies inside some reference.</summary>
    public bool Covers(int k)
    {
        var i = StartingBefore(k + 1) - 1;
        return i >= 0 && _maxEnds[i] > k;
    }

    /// <summary>Whether some reference starts at token <paramref name="k"/>.</summary>
    public bool HasReferenceStartingAt(int k)
    {
        var i = StartingBefore(k);
        return i < _starts.Length && _starts[i] == k;
    }

    /// <summary>The tokens that references lying wholly in [<see cref="SegmentStart"/>, <paramref name="token"/>) cover, counted per reference.</summary>
    public long LengthBefore(int token)
    {
        var from = StartingBefore(SegmentStart);
        var to = StartingBefore(token);
        var sum = _lengthsBefore[to] - _lengthsBefore[from];
        // Subtract the references that start before the token but reach past it: scanning back stops where no earlier one reaches that far.
        for (var j = to - 1; j >= from && _maxEnds[j] > token; j--)
        {
            if (References[j].TokenEnd > token)
            {
                sum -= References[j].TokenEnd - References[j].TokenStart;
            }
        }
        return sum;
    }

    /// <summary>Whether brackets opened after <see cref="SegmentStart"/> are still open at <paramref name="token"/> (counted in the gaps before tokens SegmentStart + 1 … token).</summary>
    public bool InBrackets(Document document, int token)
    {
        if (token <= SegmentStart)
        {
            return false;
        }
        if (token - SegmentStart < _bracketDepth.Length)
        {
            return _bracketDepth[token - SegmentStart] > 0;
        }
        var depth = _bracketDepth[^1];
        for (var k = SegmentStart + _bracketDepth.Length; k <= token; k++)
        {
            foreach (var c in TokenGaps.Before(document, k))
            {
                depth += c switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            }
        }
        return depth > 0;
    }

    /// <summary>How many references start before token <paramref name="k"/>.</summary>
    private int StartingBefore(int k)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] < k)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
