using System.Text.Json;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Store.Search;

namespace Rasd.Web.Api;

/// <summary>A page of a list: the items, how many there are in all, and where the page starts.</summary>
public sealed record PageResponse<T>(long Total, int Limit, int Offset, IReadOnlyList<T> Items);

public sealed record ArticleSummary(string Id, string? Title, string? Published, string File);

/// <summary>
/// An article with its record (the shape of the analysis record, text included) and its
/// near-duplicates. <see cref="Write"/> writes the stored record JSON as it is, without parsing
/// it into a document and serializing it again (the record is the bulk of the answer).
/// </summary>
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

    /// <summary>The answer's JSON, the same as serializing <see cref="From"/>'s result with the web defaults, the record copied verbatim.</summary>
    public static byte[] Write(StoredArticle a)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(a.RecordJson.Length + 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("file", a.File);
            json.WriteString("title", a.Title);
            json.WriteString("published", a.Published);
            json.WriteString("publisher", a.Publisher);
            json.WriteString("pipelineVersion", a.PipelineVersion);
            json.WriteString("duplicateOf", a.DuplicateOf);
            if (a.DuplicateSimilarity is { } similarity)
            {
                json.WriteNumber("duplicateSimilarity", similarity);
            }
            else
            {
                json.WriteNull("duplicateSimilarity");
            }
            json.WritePropertyName("nearDuplicates");
            JsonSerializer.Serialize(json, a.NearDuplicates, NearDuplicateOptions);
            json.WritePropertyName("record");
            json.WriteRawValue(a.RecordJson, skipInputValidation: true);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static readonly JsonSerializerOptions NearDuplicateOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>A search hit; the snippet's highlights are offsets into <see cref="Snippet"/>.</summary>
public sealed record SearchHitResponse(string Id, double Score, string? Title, string? Published, string File, string Snippet, IReadOnlyList<SpanRecord> Highlights);

public sealed record SearchResponse(string Query, long Total, int Limit, int Offset, IReadOnlyList<SearchHitResponse> Hits, SearchFacets? Facets);

public sealed record TimelineResponse(string Pair, string By, IReadOnlyList<TimelinePeriod> Periods);
