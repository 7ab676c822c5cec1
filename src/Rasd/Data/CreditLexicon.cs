using Rasd.Text;

namespace Rasd.Data;

/// <summary>Words that mark an outlet as the source of an article (data/lexicons/credits.json).</summary>
public sealed class CreditLexicon(CreditLexicon.CreditFile file)
{
    public PhraseMatcher<string> OutletNouns { get; } = PhraseMatcher<string>.Of(file.OutletNouns);

    public HashSet<string> CreditCues { get; } = file.CreditCues.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Prepositions that credit an outlet only right before its noun (في مجلة, عن وكالة).</summary>
    public HashSet<string> AdjacentCues { get; } = file.AdjacentCues.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Verbs after which an outlet's bare name is the source of what follows (ونقلت رويترز عن).</summary>
    public HashSet<string> ReportingVerbs { get; } = file.ReportingVerbs.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public int CueWindow { get; } = file.CueWindow;

    public sealed record CreditFile(IReadOnlyList<string> OutletNouns, IReadOnlyList<string> CreditCues, IReadOnlyList<string> AdjacentCues, IReadOnlyList<string> ReportingVerbs, int CueWindow);
}
