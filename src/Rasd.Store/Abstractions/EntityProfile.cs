namespace Rasd.Store.Abstractions;

/// <summary>Everything the store knows about one entity.</summary>
public sealed record EntityProfile(
    EntitySummary Entity,
    IReadOnlyList<CountedValue> NamesSeen,
    IReadOnlyList<CountedValue> Roles,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<QuoteRow> Quotes,
    IReadOnlyList<CoMentionedEntity> CoMentioned,
    IReadOnlyList<CountedValue> MentionsByMonth);

/// <summary>A value and how often it was seen.</summary>
public sealed record CountedValue(string Value, long Count);

/// <summary>An entity named in the same articles as another, with the number of shared articles.</summary>
public sealed record CoMentionedEntity(string Id, string Type, string Name, long Articles);
