namespace Rasd.Store.Identity;

/// <summary>How a record's id came to count as an entity: the entity, the kind of decision, the name similarity and the evidence, in words.</summary>
public sealed record LinkDecision(string CanonicalId, string Decision, double? Similarity, string? Evidence)
{
    /// <summary>The id started an entity of its own.</summary>
    public const string New = "new";

    /// <summary>At ingest, the id was linked to an entity already stored.</summary>
    public const string Linked = "linked";

    /// <summary>An analyst merged the id's entity into another.</summary>
    public const string Merged = "merged";

    /// <summary>An analyst split the id off the entity it had been linked to.</summary>
    public const string Split = "split";

    public static LinkDecision Alone(string id) => new(id, New, null, null);
}
