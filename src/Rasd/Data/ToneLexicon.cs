using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// Cooperative and conflictual cues with weights in [-1, 1] anchored on CAMEO codes and the
/// Goldstein scale, negators before and after a cue, intensifiers and contrast markers
/// (data/lexicons/tone.json).
/// </summary>
public sealed class ToneLexicon
{
    public ToneLexicon(ToneFile file)
    {
        foreach (var cue in file.Cues)
        {
            Cues.Add(cue.Text, cue);
        }
        Negators = file.Negators.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        NegatorsAfter = PhraseMatcher<string>.Of(file.NegatorsAfter);
        foreach (var intensifier in file.Intensifiers)
        {
            Intensifiers.Add(intensifier.Text, intensifier.Factor);
        }
        Contrast = file.Contrast.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    public PhraseMatcher<ToneCue> Cues { get; } = new();

    public HashSet<string> Negators { get; }

    public PhraseMatcher<string> NegatorsAfter { get; }

    public PhraseMatcher<double> Intensifiers { get; } = new();

    public HashSet<string> Contrast { get; }

    public sealed record ToneFile(IReadOnlyList<ToneCue> Cues, IReadOnlyList<string> Negators, IReadOnlyList<string> NegatorsAfter, IReadOnlyList<Intensifier> Intensifiers, IReadOnlyList<string> Contrast);

    public sealed record Intensifier(string Text, double Factor);
}

/// <summary>A tone cue: its weight (Goldstein / 10), CAMEO quad class and code.</summary>
public sealed record ToneCue(string Text, double Weight, string Class, double Goldstein, string? Cameo, string? Kind);
