using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Rasd.Records.Validation;

/// <summary>
/// The rules of the contract that compare two values, which JSON Schema cannot state: the id is the
/// SHA-256 of the text; every span lies inside the text, and a mention, quote, amount, time or
/// credited name is exactly the text its span covers; relations name two different countries in
/// order; an entity is listed once. Values of the wrong shape are left to the schema.
/// </summary>
internal static class RecordConsistency
{
    public static List<RecordViolation> Check(JsonElement record)
    {
        var violations = new List<RecordViolation>();
        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return violations;
        }
        var text = textElement.GetString()!;
        if (String(record, "id") is { } id && !id.Equals(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), StringComparison.Ordinal))
        {
            violations.Add(new("/id", "is not the SHA-256 of the text"));
        }
        if (record.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object)
        {
            CheckSpan(violations, text, "/body", body, textProperty: null);
        }
        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, entity) in Items(record, "entities"))
        {
            if (String(entity, "id") is { } entityId && !entityIds.Add(entityId))
            {
                violations.Add(new($"{path}/id", $"\"{entityId}\" is listed twice; an entity is listed once with all its mentions"));
            }
            foreach (var (mentionPath, mention) in Items(entity, "mentions", path))
            {
                CheckSpan(violations, text, mentionPath, mention, "text");
            }
        }
        foreach (var (path, source) in Items(record, "sources"))
        {
            // A credit read from the container's metadata has the empty span (0, 0) and no text to show.
            if (Int(source, "start") is not 0 || Int(source, "end") is not 0)
            {
                CheckSpan(violations, text, path, source, "name");
            }
        }
        foreach (var (path, quote) in Items(record, "quotes"))
        {
            CheckSpan(violations, text, path, quote, "text");
        }
        foreach (var (path, amount) in Items(record, "amounts"))
        {
            CheckSpan(violations, text, path, amount, "text");
        }
        foreach (var (path, time) in Items(record, "times"))
        {
            CheckSpan(violations, text, path, time, "text");
        }
        foreach (var (path, relation) in Items(record, "relations"))
        {
            if (String(relation, "a") is { } a && String(relation, "b") is { } b && string.CompareOrdinal(a, b) >= 0)
            {
                violations.Add(new(path, $"a ({a}) must come before b ({b}), and the two must differ"));
            }
            foreach (var (evidencePath, evidence) in Items(relation, "evidence", path))
            {
                CheckSpan(violations, text, evidencePath, evidence, textProperty: null);
            }
        }
        return violations;
    }

    private static void CheckSpan(List<RecordViolation> violations, string text, string path, JsonElement span, string? textProperty)
    {
        if (Int(span, "start") is not { } start || Int(span, "end") is not { } end || start < 0 || end < 0)
        {
            return;
        }
        if (start > end || end > text.Length)
        {
            violations.Add(new(path, $"the span {start}–{end} is not inside the text (length {text.Length})"));
            return;
        }
        if (textProperty is not null && String(span, textProperty) is { } shown && !shown.Equals(text[start..end], StringComparison.Ordinal))
        {
            violations.Add(new($"{path}/{textProperty}", $"\"{Shorten(shown)}\" is not the text its span {start}–{end} covers (\"{Shorten(text[start..end])}\")"));
        }
    }

    private static IEnumerable<(string Path, JsonElement Item)> Items(JsonElement parent, string property, string prefix = "")
    {
        if (!parent.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return ($"{prefix}/{property}/{index}", item);
            }
            index++;
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "…";
}
