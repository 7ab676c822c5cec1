namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The tag set of the tagger (IOB2 over PER, LOC, ORG, MISC) and the mapping of each corpus's
/// spellings onto it: ANERcorp writes PERS; AQMAR has article-specific miscellaneous classes
/// MIS0–MIS3 (collapsed to MISC, as its authors and later work do) and a handful of misspelt tags;
/// WikiANN already uses PER/LOC/ORG.
/// </summary>
public static class NerTagNames
{
    public const string Outside = "O";

    public static IReadOnlyList<string> EntityTypes { get; } = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>O first, then B- and I- of each type; the order of the model's label indices.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [Outside, .. EntityTypes.SelectMany(type => new[] { "B-" + type, "I-" + type })];

    /// <summary>
    /// The canonical tag for a corpus tag. Types outside the four (AQMAR's B-ENGLISH, a stray IO)
    /// become O: they mark words, not names the pipeline looks for.
    /// </summary>
    public static string Canonical(string tag)
    {
        var trimmed = tag.Trim().TrimEnd('`');
        if (trimmed.Length < 3 || trimmed[1] != '-' || trimmed[0] is not ('B' or 'I'))
        {
            return Outside;
        }
        var type = CanonicalType(trimmed[2..].TrimStart('-'));
        return type is null ? Outside : $"{trimmed[0]}-{type}";
    }

    private static string? CanonicalType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERS" or "PERSON" => "PER",
        "LOC" or "LOCATION" or "GPE" => "LOC",
        "ORG" or "ORGANIZATION" or "ORGANISATION" => "ORG",
        var other when other.StartsWith("MIS", StringComparison.Ordinal) => "MISC",
        _ => null,
    };
}
