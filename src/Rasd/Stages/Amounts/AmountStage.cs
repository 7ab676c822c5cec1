using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Amounts;

/// <summary>
/// Finds quantities in the title and body: a number (digits or words, with scales) followed by
/// what it counts — a percent sign or word, a currency, a multiple (سبع مرات), or a counted noun —
/// and the qualifier before or after it (حوالي، أكثر من، تقريبا). A number with no unit is not an
/// amount, nor is anything inside a time expression (years, dates, durations); vague quantities
/// (عشرات الآلاف) give no value and are left out.
/// </summary>
public sealed class AmountStage(KnowledgeBase knowledge) : IPipelineStage
{
    private static readonly HashSet<string> NotQuantities = ["رقم", "المادة", "الماده", "الساعة", "الساعه", "القرار", "البند", "الفقرة", "الفقره", "العدد"];
    private static readonly HashSet<string> PartitiveReferences = ["منها", "منهم", "منهن"];
    private readonly ArabicNumberReader _numbers = new(knowledge.Numbers);
    private readonly UnitLexicon _units = knowledge.Units;
    private readonly QualifierLexicon _qualifiers = knowledge.Qualifiers;

    public string Name => "amounts";

    public void Process(Document document)
    {
        var times = document.All<TimeExpression>();
        foreach (var unit in document.All<Segment>().Where(s => s.Kind == SegmentKind.Sentence))
        {
            var (first, end) = document.TokenRange(unit.Start, unit.End);
            string? lastUnit = null;
            var i = first;
            while (i < end)
            {
                var amount = ReadAmount(document, i, end, first, lastUnit);
                if (amount is null || times.Any(t => t.Overlaps(amount)))
                {
                    i = amount is null ? i + 1 : document.LowerBound(document.Normalized.FromOriginal(amount.End));
                    continue;
                }
                document.Add(amount);
                lastUnit = amount.Unit;
                i = Math.Max(i + 1, document.LowerBound(document.Normalized.FromOriginal(amount.End)));
            }
        }
    }

    private Amount? ReadAmount(Document document, int i, int end, int sentenceStart, string? lastUnit)
    {
        var tokens = document.Tokens;
        if (i > sentenceStart && NotQuantities.Contains(tokens[i - 1].Text))
        {
            return null;
        }
        var number = _numbers.ReadAt(tokens, i, end);
        if (number is null)
        {
            return null;
        }
        if (number.Value is not double value)
        {
            return null;
        }
        var normalized = document.Normalized.Text;
        var numberEnd = tokens[number.TokenEnd - 1].End;
        string? unit = null;
        var unitEnd = numberEnd;
        var tokenEnd = number.TokenEnd;
        var sign = SymbolAfter(normalized, numberEnd);
        if (sign is { } s && !number.IsWords)
        {
            unit = s.Unit;
            unitEnd = s.End;
        }
        else if (tokenEnd < end && _units.Phrases.LongestAt(normalized, tokens, tokenEnd) is { } phrase && phrase.TokenEnd <= end)
        {
            unit = Disambiguate(document, phrase, tokenEnd);
            unitEnd = tokens[phrase.TokenEnd - 1].End;
            tokenEnd = phrase.TokenEnd;
        }
        else if (tokenEnd < end && number.IsWords && lastUnit is not null && PartitiveReferences.Contains(tokens[tokenEnd].Text))
        {
            unit = lastUnit;
            unitEnd = tokens[tokenEnd].End;
            tokenEnd++;
        }
        if (unit is null)
        {
            return null;
        }
        if (unit == UnitLexicon.Times && !number.IsWords && tokens[number.TokenStart].IsNumber && tokenEnd - number.TokenEnd == 1 && value > 1000)
        {
            return null;
        }
        var qualifier = QualifierBefore(document, number.TokenStart, sentenceStart) ?? QualifierAfter(document, tokenEnd, end) ?? "exact";
        var (start, stop) = document.Normalized.ToOriginal(tokens[number.TokenStart].Start + number.Prefix, unitEnd);
        return new Amount(start, stop, value, unit, qualifier);
    }

    private (string Unit, int End)? SymbolAfter(string normalized, int numberEnd)
    {
        var at = numberEnd;
        while (at < normalized.Length && normalized[at] == ' ')
        {
            at++;
        }
        foreach (var (symbol, unit) in _units.Symbols)
        {
            if (string.CompareOrdinal(normalized, at, symbol, 0, symbol.Length) == 0)
            {
                return (unit, at + symbol.Length);
            }
        }
        return null;
    }

    /// <summary>A bare currency name shared by several currencies takes the one of the country the sentence or article names.</summary>
    private string Disambiguate(Document document, PhraseMatch<string> phrase, int at)
    {
        var unit = phrase.Values[0];
        var word = document.Tokens[at].Text;
        if (phrase.TokenEnd - phrase.TokenStart != 1 || !_units.AmbiguousCurrencies.TryGetValue(word, out var codes))
        {
            return unit;
        }
        var countries = document.All<EntityMention>().Where(m => m.Type == EntityType.Country)
            .GroupBy(m => m.EntityId).OrderByDescending(g => g.Count()).Select(g => g.Key[^2..]);
        foreach (var country in countries)
        {
            var match = codes.FirstOrDefault(code => code.StartsWith(country, StringComparison.Ordinal));
            if (match is not null)
            {
                return match;
            }
        }
        return unit;
    }

    private string? QualifierBefore(Document document, int numberStart, int sentenceStart)
    {
        var tokens = document.Tokens;
        for (var length = Math.Min(_qualifiers.MaxWords, numberStart - sentenceStart); length >= 1; length--)
        {
            var from = numberStart - length;
            var words = tokens.Skip(from).Take(length).Select(t => t.Text).ToList();
            foreach (var (stem, _) in Clitics.Readings(words[0]))
            {
                words[0] = stem;
                if (_qualifiers.Before.TryGetValue(string.Join(' ', words), out var qualifier))
                {
                    return qualifier;
                }
            }
        }
        return null;
    }

    private string? QualifierAfter(Document document, int tokenEnd, int end) =>
        tokenEnd < end && _qualifiers.After.LongestAt(document.Normalized.Text, document.Tokens, tokenEnd) is { } match && match.TokenEnd <= end
            ? match.Values[0]
            : null;
}
