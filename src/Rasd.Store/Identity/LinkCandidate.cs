namespace Rasd.Store.Identity;

/// <summary>
/// A stored entity whose name may be a spelling of a new one: the member whose name matched, the
/// entity it counts as, the two forms compared, and whether the new form is the stored one with a
/// proclitic off (or the other way round).
/// </summary>
public sealed record LinkCandidate(string EntityId, string CanonicalId, string Form, string CandidateForm, double Similarity, bool SameSkeleton, bool Clitic);
