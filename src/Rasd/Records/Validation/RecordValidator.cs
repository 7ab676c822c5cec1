using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Rasd.Data;

namespace Rasd.Records.Validation;

/// <summary>
/// Checks analysis records against the contract: the JSON Schema shipped as
/// <c>data/schema/analysis-record.schema.json</c> (field shapes, ids by type, enums, ranges), evaluated
/// by JsonSchema.Net, and the rules a schema cannot state because they compare two values
/// (<see cref="RecordConsistency"/>: spans inside the text and showing what they claim, the id is the
/// text's hash, relations ordered, each entity listed once). Each violation is reported once
/// per place, with the schema's own description of what the value should be.
/// </summary>
public sealed class RecordValidator
{
    public const string SchemaFile = "schema/analysis-record.schema.json";

    private static readonly Lazy<RecordValidator> Shipped = new(() => FromFile(Path.Combine(DataDirectory.Locate(), SchemaFile)));

    private readonly JsonSchema _schema;
    private readonly JsonNode _schemaDocument;
    private readonly EvaluationOptions _verdict = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private readonly EvaluationOptions _explanation = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private RecordValidator(string schemaText)
    {
        _schemaDocument = JsonNode.Parse(schemaText) ?? throw new InvalidDataException("the record schema is empty");
        // A build registry of its own: the shipped schema's $id must not collide with another validator's in the global registry.
        _schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The validator of the shipped schema, loaded once.</summary>
    public static RecordValidator Default => Shipped.Value;

    public static RecordValidator FromFile(string path) => new(File.ReadAllText(path));

    /// <summary>Validates one record given as JSON text; text that is not JSON is one violation of the whole record.</summary>
    public IReadOnlyList<RecordViolation> Validate(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [new RecordViolation("/", $"not JSON ({e.Message})")];
        }
        using (document)
        {
            return Validate(document.RootElement);
        }
    }

    public IReadOnlyList<RecordViolation> Validate(JsonElement record)
    {
        var violations = SchemaViolations(record);
        var reported = violations.Select(v => v.Path).ToHashSet(StringComparer.Ordinal);
        // A value the schema already refused is not checked again for consistency.
        violations.AddRange(RecordConsistency.Check(record).Where(v => !reported.Contains(v.Path)));
        return violations;
    }

    private List<RecordViolation> SchemaViolations(JsonElement record)
    {
        // The verdict alone is cheap; the full account is built only for a record that fails.
        if (_schema.Evaluate(record, _verdict).IsValid)
        {
            return [];
        }
        var results = _schema.Evaluate(record, _explanation);
        var failures = new List<(string Path, string Schema, IReadOnlyDictionary<string, string> Errors)>();
        CollectFailures(results, failures);
        // A place that failed several ways gets one reason: the deepest schema's, the most specific.
        var violations = new List<RecordViolation>();
        foreach (var place in failures.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            var failure = place.OrderByDescending(f => Depth(f.Schema)).ThenBy(f => f.Schema, StringComparer.Ordinal).First();
            violations.Add(new RecordViolation(place.Key, Reason(record, place.Key, failure.Schema, failure.Errors)));
        }
        return [.. violations.OrderBy(v => v.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The failing keywords of the hierarchical output, reached only through failing nodes: the
    /// condition of an if that did not hold is not a failure of the record.
    /// </summary>
    private static void CollectFailures(EvaluationResults node, List<(string, string, IReadOnlyDictionary<string, string>)> failures)
    {
        if (node.IsValid)
        {
            return;
        }
        if (node.Errors is { Count: > 0 } errors)
        {
            failures.Add((Pointer(node.InstanceLocation.ToString()), SchemaPointer(node), errors));
        }
        foreach (var child in node.Details ?? [])
        {
            CollectFailures(child, failures);
        }
    }

    private string Reason(JsonElement record, string path, string schemaPointer, IReadOnlyDictionary<string, string> errors)
    {
        var value = ValueAt(record, path);
        var keyword = errors.Keys.First();
        var expected = DescriptionAt(schemaPointer);
        if (keyword is "required" or "additionalProperties")
        {
            return errors[keyword];
        }
        var shown = value is null ? string.Empty : $"{Shorten(value)} ";
        return expected is null ? $"{shown}{errors[keyword]}" : $"{shown}is not {expected}";
    }

    /// <summary>The description of the nearest schema object at or above a location, by its JSON Pointer in the schema document.</summary>
    private string? DescriptionAt(string pointer)
    {
        var steps = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        var path = new List<JsonNode?> { _schemaDocument };
        var node = _schemaDocument;
        foreach (var step in steps)
        {
            node = node switch
            {
                JsonObject o => o[step],
                JsonArray a when int.TryParse(step, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                break;
            }
            path.Add(node);
        }
        for (var i = path.Count - 1; i >= 0; i--)
        {
            if (path[i] is JsonObject o && o["description"] is JsonValue d && d.TryGetValue<string>(out var text))
            {
                return text;
            }
        }
        return null;
    }

    /// <summary>Where in the schema document a failing keyword sits: the fragment of its absolute location.</summary>
    private static string SchemaPointer(EvaluationResults result)
    {
        var fragment = result.SchemaLocation.Fragment;
        return Uri.UnescapeDataString(fragment.StartsWith('#') ? fragment[1..] : fragment);
    }

    private static int Depth(string pointer) => pointer.Count(c => c == '/');

    private static string Pointer(string location) => location.Length == 0 ? "/" : location.TrimStart('#');

    private static string? ValueAt(JsonElement record, string path)
    {
        var element = record;
        foreach (var step in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = step.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(name, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
            }
            else
            {
                return null;
            }
        }
        return element.ValueKind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => null,
            JsonValueKind.String => $"\"{element.GetString()}\"",
            _ => element.GetRawText(),
        };
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "…";
}
