namespace Rasd.Stages.Entities;

/// <summary>What an article establishes about a person it names: the kind of role and the country it is held for.</summary>
internal sealed record PersonFacts(string? Kind, string? Country);
