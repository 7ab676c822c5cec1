using System.Text.Json;

namespace Rasd.Input;

/// <summary>Reads JSON Lines corpora of <c>{title, date, text}</c> objects, one article per line.</summary>
internal static class JsonLinesReader
{
    public static bool Accepts(string file, string text) =>
        file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || (text.TrimStart().StartsWith('{') && FirstLineIsArticle(text));

    public static IEnumerable<ArticleInput> Read(string file, string text, string encoding)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(line);
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new Text.InputRefusedException($"{file}:{lineNumber}", $"not a JSON object ({e.Message})");
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new Text.InputRefusedException($"{file}:{lineNumber}", "not a JSON object");
            }
            var body = Get(root, "text") ?? Get(root, "content") ?? Get(root, "body");
            if (body is null)
            {
                throw new Text.InputRefusedException($"{file}:{lineNumber}", "no \"text\" field");
            }
            yield return ExtractedArticle.Create($"{file}#{lineNumber}", "jsonl", encoding, Get(root, "title"), body,
                DateMetadata.ToIsoDay(Get(root, "date") ?? Get(root, "published")), Get(root, "source"));
        }
    }

    private static bool FirstLineIsArticle(string text)
    {
        var first = text.TrimStart().Split('\n', 2)[0];
        try
        {
            using var document = JsonDocument.Parse(first);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("text", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
