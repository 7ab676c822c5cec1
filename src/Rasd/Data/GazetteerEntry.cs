namespace Rasd.Data;

/// <summary>One known entity: its stable id, type, display names and the offices it held.</summary>
public sealed class GazetteerEntry
{
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    public required string Name { get; init; }

    public string? NameEn { get; init; }

    /// <summary>ISO code of the country an organization, city or person belongs to.</summary>
    public string? Country { get; init; }

    public IReadOnlyList<GazetteerFiles.Office> Offices { get; init; } = [];

    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>For a news outlet, what it is: agency (a wire service), television, radio, newspaper, magazine, site, research.</summary>
    public string? Medium { get; init; }

    /// <summary>
    /// For a news outlet, whether it is its state's official news agency (وام، واس، سانا، تاس),
    /// whose reports carry the state's own account; any other outlet reports for no state.
    /// </summary>
    public bool StateRun { get; init; }

    public override string ToString() => Id;
}
