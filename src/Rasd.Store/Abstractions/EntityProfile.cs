namespace Rasd.Store.Abstractions;

/// <summary>
/// Everything the store knows about one entity, over every record id that counts as it
/// (<see cref="Aliases"/>); <see cref="RequestedId"/> is the id asked for, which may be one of them.
/// </summary>
public sealed record EntityProfile(
    EntitySummary Entity,
    IReadOnlyList<CountedValue> NamesSeen,
    IReadOnlyList<RoleSeen> Roles,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<CoMentionedEntity> CoMentioned,
    IReadOnlyList<CountedValue> MentionsByMonth,
    IReadOnlyList<EntityAlias> Aliases,
    string RequestedId);

/// <summary>A value and how often it was seen.</summary>
public sealed record CountedValue(string Value, long Count);

/// <summary>An entity named in the same articles as another, with the number of shared articles.</summary>
public sealed record CoMentionedEntity(string Id, string Type, string Name, long Articles);
