using System.Text.Json;
using System.Text.Json.Serialization;
using Rasd.Input;

namespace Rasd.Store.Ingest;

/// <summary>
/// What the container said about an article and the date supplied for it, kept beside the text so
/// that <c>rasd reanalyze</c> gives the pipeline exactly the input it had the first time.
/// </summary>
public static class StoredInputJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ArticleMetadata metadata, string? suppliedPublished) =>
        JsonSerializer.Serialize(new Stored(metadata.Format, metadata.Encoding, metadata.Title, metadata.TitleLength, metadata.Published, metadata.Credit, suppliedPublished), Options);

    public static (ArticleMetadata Metadata, string? SuppliedPublished) Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new InvalidDataException("empty stored input");
        return (new ArticleMetadata(stored.Format, stored.Encoding, stored.Title, stored.TitleLength, stored.Published, stored.Credit), stored.SuppliedPublished);
    }

    private sealed record Stored(string Format, string Encoding, string? Title, int? TitleLength, string? Published, string? Credit, string? SuppliedPublished);
}
