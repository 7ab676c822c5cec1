using Rasd.Text;

namespace Rasd.Data;

/// <summary>Head nouns after which a nisba adjective names a people or a language, not the state (data/lexicons/nisba.json).</summary>
public sealed class NisbaLexicon(NisbaLexicon.NisbaFile file)
{
    public HashSet<string> NotStateHeads { get; } = file.NotStateHeads.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns that open the name of a body; a nisba right after one is part of that name.</summary>
    public HashSet<string> NameHeads { get; } = file.NameHeads.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Country names that are also an indefinite adjective (مالي «financial»).</summary>
    public HashSet<string> AdjectiveNames { get; } = (file.AdjectiveNames?.Names ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Masculine nouns a country's name completes as their genitive (رئيس مالي، شمال مالي), where no adjective is meant.</summary>
    public HashSet<string> CountryHeads { get; } = (file.AdjectiveNames?.CountryHeads ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns after which a nisba names the state's opponents (المعارضة السورية): the country is mentioned, but does not speak.</summary>
    public HashSet<string> OpponentHeads { get; } = (file.OpponentHeads ?? []).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public sealed record NisbaFile(IReadOnlyList<string> NotStateHeads, IReadOnlyList<string> NameHeads, AdjectiveNameWords? AdjectiveNames = null, IReadOnlyList<string>? OpponentHeads = null);

    public sealed record AdjectiveNameWords(IReadOnlyList<string> Names, IReadOnlyList<string> CountryHeads);
}
