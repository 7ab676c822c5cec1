namespace Rasd.Store.Identity;

/// <summary>What an analyst's merge or split changed: the entity each moved id now counts as.</summary>
public sealed record IdentityCorrection(string Action, IReadOnlyList<(string Id, string CanonicalId)> Moved);
