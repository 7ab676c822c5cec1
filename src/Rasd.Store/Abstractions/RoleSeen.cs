namespace Rasd.Store.Abstractions;

/// <summary>A role an entity was given (a title or office), in how many articles, and the first and last publication dates of those articles.</summary>
public sealed record RoleSeen(string Value, long Articles, string? FirstSeen, string? LastSeen);
