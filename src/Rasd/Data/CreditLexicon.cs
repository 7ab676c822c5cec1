using Rasd.Text;

namespace Rasd.Data;

/// <summary>Words that mark an outlet as the source of an article (data/lexicons/credits.json).</summary>
public sealed class CreditLexicon(CreditLexicon.CreditFile file)
{
    public PhraseMatcher<string> OutletNouns { get; } = PhraseMatcher<string>.Of(file.OutletNouns);

    public HashSet<string> CreditCues { get; } = file.CreditCues.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public int CueWindow { get; } = file.CueWindow;


    public sealed record CreditFile(IReadOnlyList<string> OutletNouns, IReadOnlyList<string> CreditCues, int CueWindow);
}
