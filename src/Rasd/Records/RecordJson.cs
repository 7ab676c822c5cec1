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
    };
}
