using Rasd.Text;

namespace Rasd.Data;

/// <summary>Nouns whose construct with a definite genitive names one public body (data/lexicons/bodies.json).</summary>
public sealed class BodyNameLexicon(BodyNameLexicon.BodyFile file)
{
    public HashSet<string> PublicBodyHeads { get; } = file.PublicBodyHeads.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Constructs of those nouns that name a kind of group, not one body (هيئة التدريس), folded.</summary>
    public HashSet<string> NotNames { get; } = (file.NotNames ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public sealed record BodyFile(IReadOnlyList<string> PublicBodyHeads, IReadOnlyList<string>? NotNames = null);
}
