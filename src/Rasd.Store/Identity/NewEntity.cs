namespace Rasd.Store.Identity;

/// <summary>
/// An id the store meets for the first time, in the article at <see cref="Sequence"/>: its type,
/// folded name, folded roles there, the entities the article already counts (<see cref="InArticle"/>)
/// and the other entities it names (<see cref="CoMentioned"/>), all as canonical ids.
/// </summary>
public sealed record NewEntity(
    string Id,
    string Type,
    string Name,
    long Sequence,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> InArticle,
    IReadOnlyCollection<string> CoMentioned);
