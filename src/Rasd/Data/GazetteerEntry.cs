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
    /// Whether what the entity says and does is its country's: for a news outlet only when it is its
    /// state's official agency (وام، واس، سانا، تاس); for an organization unless it is a private
    /// company, a club or another body that belongs to a country without acting for it (أبل، ريال
    /// مدريد).
    /// </summary>
    public bool ActsForState { get; init; } = true;

    public override string ToString() => Id;
}
