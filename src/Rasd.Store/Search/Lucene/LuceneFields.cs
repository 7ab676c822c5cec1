using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Rasd.Store.Search.Lucene;

/// <summary>
/// The fields of an article's Lucene document. Only <see cref="Text"/> is scored (BM25 over the
/// terms with positions, for phrases); the others are exact keys that filters match, facets count
/// and results sort by. Nothing is stored: the article itself is read from the store by id.
/// </summary>
internal static class LuceneFields
{
    /// <summary>The article id: the key for updates, and (as sorted doc values) the tie-break order and what a hit returns.</summary>
    public const string Id = "id";

    public const string Text = "text";

    /// <summary>Every entity named (<c>country:KZ</c>, <c>person:…</c>): <c>entity:</c> and <c>country:</c> filters, country and person facets.</summary>
    public const string Entity = "entity";

    /// <summary>Credited sources and the publisher: <c>source:</c> filters and the source facet.</summary>
    public const string Source = "source";

    /// <summary>Related country pairs as <see cref="SearchDocument.PairKey"/>.</summary>
    public const string Pair = "pair";

    /// <summary>First and last day of the publication date (day numbers), for date ranges.</summary>
    public const string PublishedStart = "published_start";

    public const string PublishedEnd = "published_end";

    /// <summary>The first publication day as doc values, for newest-first order; <see cref="Undated"/> when there is none.</summary>
    public const string PublishedOrder = "published_order";

    /// <summary><c>YYYY-MM</c> of a day- or month-dated article, for the month facet.</summary>
    public const string Month = "month";

    public const int Undated = -1;

    public static Document Create(SearchDocument article)
    {
        var document = new Document
        {
            new StringField(Id, article.Id, Field.Store.NO),
            new SortedDocValuesField(Id, new BytesRef(article.Id)),
            new TextField(Text, new TermTokenStream(article.Terms)),
        };
        foreach (var entity in article.EntityIds)
        {
            document.Add(new StringField(Entity, entity, Field.Store.NO));
        }
        foreach (var source in article.SourceIds)
        {
            document.Add(new StringField(Source, source, Field.Store.NO));
        }
        foreach (var pair in article.Pairs)
        {
            document.Add(new StringField(Pair, pair, Field.Store.NO));
        }
        var start = DayNumber(article.PublishedStart);
        var end = DayNumber(article.PublishedEnd);
        if (start is { } first && end is { } last)
        {
            document.Add(new Int32Field(PublishedStart, first, Field.Store.NO));
            document.Add(new Int32Field(PublishedEnd, last, Field.Store.NO));
        }
        document.Add(new NumericDocValuesField(PublishedOrder, start ?? Undated));
        if (article.Month is { } month)
        {
            document.Add(new StringField(Month, month, Field.Store.NO));
        }
        return document;
    }

    /// <summary>Days since 0001-01-01 of a <c>YYYY-MM-DD</c> date, or null.</summary>
    public static int? DayNumber(string? isoDay) =>
        isoDay is not null && DateOnly.TryParseExact(isoDay, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day.DayNumber
            : null;
}
