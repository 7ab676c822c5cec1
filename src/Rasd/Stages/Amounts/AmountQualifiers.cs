using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Amounts;

/// <summary>The qualifier of an amount: a phrase right before its number (حوالي، أكثر من، لا يتجاوز) or right after it (تقريبا، على الأقل).</summary>
internal sealed class AmountQualifiers(QualifierLexicon lexicon)
{
    public string? Before(Document document, int numberStart, int sentenceStart)
    {
        var tokens = document.Tokens;
        for (var length = Math.Min(lexicon.MaxWords, numberStart - sentenceStart); length >= 1; length--)
        {
            var from = numberStart - length;
            var words = tokens.Skip(from).Take(length).Select(t => t.Text).ToList();
            foreach (var (stem, _) in Clitics.Readings(words[0]))
            {
                words[0] = stem;
                if (lexicon.Before.TryGetValue(string.Join(' ', words), out var qualifier))
                {
                    return qualifier;
                }
            }
        }
        return null;
    }

    public string? After(Document document, int tokenEnd, int end) =>
        tokenEnd < end && lexicon.After.LongestAt(document.Normalized.Text, document.Tokens, tokenEnd) is { } match && match.TokenEnd <= end
            ? match.Values[0]
            : null;
}
