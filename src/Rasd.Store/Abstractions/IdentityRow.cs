namespace Rasd.Store.Abstractions;

/// <summary>One record id of the store with its type, name, the entity it counts as, the decision and the original articles naming it.</summary>
public sealed record IdentityRow(string Id, string Type, string Name, string CanonicalId, string Decision, double? Similarity, string? Evidence, long Articles);
