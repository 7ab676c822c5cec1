namespace Rasd.Stages.Entities;

/// <summary>
/// What an article establishes about a person it names: the kind of role, the country it is held
/// for, and whether the titles the text gives them are feminine (null while none says).
/// <see cref="Assumed"/> marks facts taken from the person's latest office because no office of
/// theirs is known to be held on the article's date: a title the text gives them wins.
/// </summary>
internal sealed record PersonFacts(string? Kind, string? Country, bool? Feminine = null, bool Assumed = false);
