namespace Rasd.Store.Identity;

/// <summary>
/// What the store knew of an entity before the article at <c>sequence</c>: the evidence the linker
/// weighs. Only earlier articles count, so a decision is the same however the articles were batched.
/// </summary>
public interface IIdentityFacts
{
    /// <summary>The roles (folded) given to any member of the entity in earlier articles.</summary>
    IReadOnlySet<string> Roles(string canonicalId, long sequence);

    /// <summary>Which of <paramref name="others"/> (canonical ids) were named in an earlier article beside a member of the entity.</summary>
    IReadOnlyList<string> CoMentioned(string canonicalId, IReadOnlyCollection<string> others, long sequence);

    /// <summary>The number of earlier original articles.</summary>
    long Articles(long sequence);

    /// <summary>The number of earlier original articles naming a member of the entity.</summary>
    long ArticlesNaming(string canonicalId, long sequence);
}
