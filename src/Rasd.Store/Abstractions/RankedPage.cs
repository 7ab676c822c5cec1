using Rasd.Records;
using Rasd.Store.Search;

namespace Rasd.Store.Abstractions;

/// <summary>
/// One page of search results in rank order, with the total number of matching articles (at least
/// that many when <see cref="TotalIsExact"/> is false) and, when asked for, the facets of all of them.
/// </summary>
public sealed record RankedPage(long Total, bool TotalIsExact, IReadOnlyList<RankedArticle> Articles, SearchFacets? Facets);

/// <summary>
/// A matching article with its score and text. <see cref="EntitySpans"/> are the mentions of the
/// entities the query named, so that snippets can highlight <c>جاباروف</c> for a query <c>جباروف</c>.
/// </summary>
public sealed record RankedArticle(
    string Id,
    double Score,
    string File,
    string? Title,
    string? Published,
    string Text,
    IReadOnlyList<SpanRecord> EntitySpans);
