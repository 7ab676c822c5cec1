using Rasd.Records;

namespace Rasd.Store.Abstractions;

/// <summary>One page of search results in rank order, with the total number of matching articles.</summary>
public sealed record RankedPage(long Total, IReadOnlyList<RankedArticle> Articles);

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
