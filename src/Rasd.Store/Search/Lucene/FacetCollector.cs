using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rasd.Store.Search.Lucene;

/// <summary>Counts the facet values of every matching document, segment by segment, from <see cref="SegmentFacets"/>.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly FacetTally _tally = new();
    private SegmentFacets? _segment;
    private int[] _counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacets.For(context.AtomicReader);
        _counts = new int[_segment.Values.Length];
    }

    public void Collect(int doc) => _segment!.Count(doc, _counts);

    public FacetTally Tally()
    {
        Flush();
        return _tally;
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }
        for (var ordinal = 0; ordinal < _counts.Length; ordinal++)
        {
            if (_counts[ordinal] == 0)
            {
                continue;
            }
            var counts = _segment.Dimensions[ordinal] switch
            {
                FacetDimension.Source => _tally.Sources,
                FacetDimension.Country => _tally.Countries,
                FacetDimension.Person => _tally.Persons,
                _ => _tally.Months,
            };
            var value = _segment.Values[ordinal];
            counts[value] = counts.GetValueOrDefault(value) + _counts[ordinal];
        }
        _segment = null;
    }
}
