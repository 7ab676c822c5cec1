using System.Text.Json;

namespace Rasd.Data;

/// <summary>Reads one JSON data file into its model, naming the file in any error.</summary>
public static class DataFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(DataFileJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    public static T Read<T>(string dataDirectory, string relativePath)
    {
        var path = Path.Combine(dataDirectory, relativePath);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"{path}: empty data file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static T ReadOptional<T>(string dataDirectory, string relativePath, Func<T> fallback) =>
        File.Exists(Path.Combine(dataDirectory, relativePath)) ? Read<T>(dataDirectory, relativePath) : fallback();
}
