namespace Rasd.Store.Abstractions;

/// <summary>An entity with how many original articles and mentions name it.</summary>
public sealed record EntitySummary(string Id, string Type, string Name, string? NameEn, long Articles, long Mentions);
