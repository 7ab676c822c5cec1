namespace Rasd.Stages.Entities;

/// <summary>
/// What an article establishes about a person it names: the kind of role, the country it is held
/// for, and whether the titles the text gives them are feminine (null while none says).
/// </summary>
internal sealed record PersonFacts(string? Kind, string? Country, bool? Feminine = null);
