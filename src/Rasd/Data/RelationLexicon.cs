using Rasd.Text;

namespace Rasd.Data;

/// <summary>Words that stand for a speaker's country or for the article's main pair (data/lexicons/relations.json).</summary>
public sealed class RelationLexicon(RelationLexicon.RelationFile file)
{
    public HashSet<string> FirstPersonCountry { get; } = Fold(file.OwnCountry.FirstPerson);

    public HashSet<string> ThirdPersonCountry { get; } = Fold(file.OwnCountry.ThirdPerson);

    public PhraseMatcher<string> Bilateral { get; } = PhraseMatcher<string>.Of(file.Bilateral);

    private static HashSet<string> Fold(IEnumerable<string> words) => words.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);


    public sealed record RelationFile(OwnCountryWords OwnCountry, IReadOnlyList<string> Bilateral);

    public sealed record OwnCountryWords(IReadOnlyList<string> FirstPerson, IReadOnlyList<string> ThirdPerson);
}
