using System.Text.Json;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Store.Search;

namespace Rasd.Web.Api;

/// <summary>A page of a list: the items, how many there are in all, and where the page starts.</summary>
public sealed record PageResponse<T>(long Total, int Limit, int Offset, IReadOnlyList<T> Items);

public sealed record ArticleSummary(string Id, string? Title, string? Published, string File);

/// <summary>An article with its record (the shape of the analysis record, text included) and its near-duplicates.</summary>
public sealed record ArticleResponse(
    string Id,
    string File,
    string? Title,
    string? Published,
    string? Publisher,
    string PipelineVersion,
    string? DuplicateOf,
    double? DuplicateSimilarity,
    IReadOnlyList<NearDuplicate> NearDuplicates,
    JsonElement Record)
{
    public static ArticleResponse From(StoredArticle a)
    {
        using var record = JsonDocument.Parse(a.RecordJson);
        return new(a.Id, a.File, a.Title, a.Published, a.Publisher, a.PipelineVersion, a.DuplicateOf, a.DuplicateSimilarity, a.NearDuplicates, record.RootElement.Clone());
    }
}

/// <summary>A search hit; the snippet's highlights are offsets into <see cref="Snippet"/>.</summary>
public sealed record SearchHitResponse(string Id, double Score, string? Title, string? Published, string File, string Snippet, IReadOnlyList<SpanRecord> Highlights);

public sealed record SearchResponse(string Query, long Total, int Limit, int Offset, IReadOnlyList<SearchHitResponse> Hits, SearchFacets? Facets);

public sealed record TimelineResponse(string Pair, string By, IReadOnlyList<TimelinePeriod> Periods);
