using Rasd.Text;

namespace Rasd.Data;

/// <summary>Head nouns after which a nisba adjective names a people or a language, not the state (data/lexicons/nisba.json).</summary>
public sealed class NisbaLexicon(NisbaLexicon.NisbaFile file)
{
    public HashSet<string> NotStateHeads { get; } = file.NotStateHeads.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns that open the name of a body; a nisba right after one is part of that name.</summary>
    public HashSet<string> NameHeads { get; } = file.NameHeads.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public sealed record NisbaFile(IReadOnlyList<string> NotStateHeads, IReadOnlyList<string> NameHeads);
}
