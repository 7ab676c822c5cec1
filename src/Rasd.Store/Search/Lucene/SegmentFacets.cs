using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rasd.Store.Search.Lucene;

/// <summary>
/// The facet values of every document of one index segment, un-inverted from the postings of the
/// source, entity and month fields into two flat arrays (each document's value ordinals, and where
/// each document's run starts), so that counting a match is a few array reads. Segments never
/// change, so this is built once per segment, on the first faceted search, and kept while the
/// segment lives. Lucene's own facet module would keep a taxonomy index beside the index for the
/// same purpose; it is not available here, and per-document doc-values reads cost about ten times
/// as much as these arrays in Lucene.Net.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private readonly int[] _starts;
    private readonly int[] _ordinals;

    private SegmentFacets(FacetDimension[] dimensions, string[] values, int[] starts, int[] ordinals)
    {
        Dimensions = dimensions;
        Values = values;
        _starts = starts;
        _ordinals = ordinals;
    }

    /// <summary>The dimension of each value ordinal.</summary>
    public FacetDimension[] Dimensions { get; }

    /// <summary>The value of each ordinal.</summary>
    public string[] Values { get; }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Build(reader));

    /// <summary>Adds one to the count of each facet value of a document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int document, int[] counts)
    {
        for (var i = _starts[document]; i < _starts[document + 1]; i++)
        {
            counts[_ordinals[i]]++;
        }
    }

    private static SegmentFacets Build(AtomicReader reader)
    {
        var terms = new List<(FacetDimension Dimension, string Value, string Field, BytesRef Term)>();
        Collect(reader, LuceneFields.Source, null, FacetDimension.Source, terms);
        Collect(reader, LuceneFields.Entity, SearchDocument.CountryPrefix, FacetDimension.Country, terms);
        Collect(reader, LuceneFields.Entity, SearchDocument.PersonPrefix, FacetDimension.Person, terms);
        Collect(reader, LuceneFields.Month, null, FacetDimension.Month, terms);
        var documents = reader.MaxDoc;
        var starts = new int[documents + 1];
        ForEachPosting(reader, terms, (_, document) => starts[document + 1]++);
        for (var d = 0; d < documents; d++)
        {
            starts[d + 1] += starts[d];
        }
        var ordinals = new int[starts[documents]];
        var fill = (int[])starts.Clone();
        ForEachPosting(reader, terms, (ordinal, document) => ordinals[fill[document]++] = ordinal);
        return new SegmentFacets(terms.Select(t => t.Dimension).ToArray(), terms.Select(t => t.Value).ToArray(), starts, ordinals);
    }

    /// <summary>The terms of a field (those starting with <paramref name="prefix"/>, when given), in term order.</summary>
    private static void Collect(AtomicReader reader, string field, string? prefix, FacetDimension dimension, List<(FacetDimension, string, string, BytesRef)> terms)
    {
        var fieldTerms = reader.GetTerms(field);
        if (fieldTerms is null)
        {
            return;
        }
        var enumerator = fieldTerms.GetEnumerator();
        var more = prefix is null ? enumerator.MoveNext() : enumerator.SeekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END;
        while (more)
        {
            var value = enumerator.Term.Utf8ToString();
            if (prefix is not null && !value.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }
            terms.Add((dimension, value, field, BytesRef.DeepCopyOf(enumerator.Term)));
            more = enumerator.MoveNext();
        }
    }

    private static void ForEachPosting(AtomicReader reader, List<(FacetDimension Dimension, string Value, string Field, BytesRef Term)> terms, Action<int, int> visit)
    {
        DocsEnum? postings = null;
        for (var ordinal = 0; ordinal < terms.Count; ordinal++)
        {
            var (_, _, field, term) = terms[ordinal];
            var enumerator = reader.GetTerms(field)!.GetEnumerator();
            if (!enumerator.SeekExact(term))
            {
                continue;
            }
            postings = enumerator.Docs(null, postings, DocsFlags.NONE);
            int document;
            while ((document = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                visit(ordinal, document);
            }
        }
    }
}

/// <summary>What a facet counts.</summary>
internal enum FacetDimension
{
    Source,
    Country,
    Person,
    Month,
}
