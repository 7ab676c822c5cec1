using Rasd.Data;
using Rasd.Text;

namespace Rasd.Stages.Relations;

/// <summary>
/// Scores the tone of a stretch of text in [-1, 1] from its cooperative and conflictual cues. Each
/// cue carries its Goldstein value / 10; a negator up to three words before it (لا، لم، لن، لا
/// تستطيع) or a negating phrase right after it (أمر مستحيل) turns it into half its opposite (not
/// breaking ties is mildly cooperative, not a rupture); an intensifier next to it scales it; cues
/// after a contrast marker (لكن، رغم) count half again, since the clause after «but» carries the point.
/// </summary>
public sealed class ToneScorer(ToneLexicon lexicon)
{
    private const int NegatorReach = 3;
    private const double NegatedFactor = -0.5;
    private const double AfterContrastFactor = 1.5;

    public (double Sum, int Count) Score(string normalized, IReadOnlyList<Token> tokens, int first, int end)
    {
        double sum = 0;
        var count = 0;
        var contrast = 1.0;
        for (var i = first; i < end; i++)
        {
            if (Clitics.AnyReadingIn(tokens[i].Text, lexicon.Contrast))
            {
                contrast = AfterContrastFactor;
            }
            var match = lexicon.Cues.LongestAt(normalized, tokens, i);
            if (match is null || match.TokenEnd > end)
            {
                continue;
            }
            var weight = match.Values[0].Weight * contrast;
            if (Negated(normalized, tokens, i, match.TokenEnd, first, end))
            {
                weight *= NegatedFactor;
            }
            weight *= Intensity(normalized, tokens, match.TokenEnd, end);
            sum += weight;
            count++;
            i = match.TokenEnd - 1;
        }
        return (sum, count);
    }

    private bool Negated(string normalized, IReadOnlyList<Token> tokens, int start, int stop, int first, int end)
    {
        for (var k = Math.Max(first, start - NegatorReach); k < start; k++)
        {
            if (Clitics.AnyReadingIn(tokens[k].Text, lexicon.Negators))
            {
                return true;
            }
        }
        for (var k = stop; k < Math.Min(end, stop + 2); k++)
        {
            if (lexicon.NegatorsAfter.LongestAt(normalized, tokens, k) is { } after && after.TokenEnd <= end)
            {
                return true;
            }
        }
        return false;
    }

    private double Intensity(string normalized, IReadOnlyList<Token> tokens, int at, int end) =>
        at < end && lexicon.Intensifiers.LongestAt(normalized, tokens, at) is { } intensifier && intensifier.TokenEnd <= end ? intensifier.Values[0] : 1.0;
}
