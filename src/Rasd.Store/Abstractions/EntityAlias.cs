namespace Rasd.Store.Abstractions;

/// <summary>
/// A record id counted as an entity: its name, how it came to count as it (<c>new</c>, <c>linked</c>
/// at ingest, <c>merged</c> or <c>split</c> by an analyst), the name similarity and the evidence of
/// a link, and the original articles naming it.
/// </summary>
public sealed record EntityAlias(string Id, string Name, string Decision, double? Similarity, string? Evidence, long Articles);
