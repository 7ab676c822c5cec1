namespace Rasd.Stages.Entities;

/// <summary>
/// What an article establishes about a person it names: the kind of role and the country it is
/// held for. <see cref="Assumed"/> marks facts taken from the person's latest office because no
/// office of theirs is known to be held on the article's date: a title the text gives them wins.
/// </summary>
internal sealed record PersonFacts(string? Kind, string? Country, bool Assumed = false);
