using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rasd.Records;

/// <summary>JSON settings of the analysis record: snake_case names, Arabic left readable, nulls kept.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize(AnalysisRecord record, bool indented) => JsonSerializer.Serialize(record, indented ? Indented : Compact);

    public static AnalysisRecord? Deserialize(string json) => JsonSerializer.Deserialize<AnalysisRecord>(json, Compact);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(RecordJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };
}

/// <summary>
/// The record's JSON writer and reader, generated at build time: building them by reflection cost
/// every one-article command a tenth of its start-up. The options above still govern them.
/// </summary>
[JsonSerializable(typeof(AnalysisRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
