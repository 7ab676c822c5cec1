namespace Rasd.Store.Abstractions;

/// <summary>An entity with how many original articles and mentions name it, and how many record ids count as it (its merged spellings).</summary>
public sealed record EntitySummary(string Id, string Type, string Name, string? NameEn, long Articles, long Mentions, long Ids);
