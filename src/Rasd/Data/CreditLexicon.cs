using Rasd.Text;

namespace Rasd.Data;

/// <summary>Words that mark an outlet as the source of an article (data/lexicons/credits.json).</summary>
public sealed class CreditLexicon(CreditLexicon.CreditFile file)
{
    public PhraseMatcher<string> OutletNouns { get; } = Build(file.OutletNouns);

    public HashSet<string> CreditCues { get; } = file.CreditCues.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public int CueWindow { get; } = file.CueWindow;

    private static PhraseMatcher<string> Build(IEnumerable<string> phrases)
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, phrase);
        }
        return matcher;
    }

    public sealed record CreditFile(IReadOnlyList<string> OutletNouns, IReadOnlyList<string> CreditCues, int CueWindow);
}
