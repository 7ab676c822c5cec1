using System.Globalization;
using Rasd.Data;

namespace Rasd.Text;

/// <summary>
/// Reads a number at a token: digits (13.6, 1,800), number words with their compounds (خمسة
/// وعشرون), scale words multiplying what precedes them (4 مليارات, ثلاثة ملايين), or a scale word
/// standing alone (مليون مهاجر). Vague quantities (عشرات الآلاف، بضعة) are recognized so that
/// callers can skip them.
/// </summary>
public sealed class ArabicNumberReader(NumberLexicon lexicon)
{
    public NumberReading? ReadAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index >= end)
        {
            return null;
        }
        var token = tokens[index];
        if (Vague(tokens, index, end) is int vagueEnd)
        {
            return new NumberReading(index, vagueEnd, null, IsWords: true, Prefix: 0);
        }
        if (token.IsNumber)
        {
            if (!double.TryParse(Canonical(token.Text), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }
            var next = index + 1;
            if (ScaleAt(tokens, next, end) is double scale)
            {
                value *= scale;
                next++;
            }
            return new NumberReading(index, next, value, IsWords: false, Prefix: 0);
        }
        if (!MayBeNumberWord(token.Text))
        {
            return null;
        }
        foreach (var (stem, prefix) in Clitics.Readings(token.Text))
        {
            if (lexicon.Units.TryGetValue(stem, out var unit) && unit is double first)
            {
                var value = first;
                var smallest = first;
                var next = index + 1;
                while (next < end && ConjoinedPart(tokens[next], smallest) is double add)
                {
                    value += add;
                    smallest = Math.Min(smallest, add);
                    next++;
                }
                if (ScaleAt(tokens, next, end) is double scale)
                {
                    value *= scale;
                    next++;
                }
                return new NumberReading(index, next, value, IsWords: true, prefix);
            }
            if (lexicon.Scales.TryGetValue(stem, out var alone) && alone is double scaleValue && !lexicon.Vague.Contains(stem))
            {
                return new NumberReading(index, index + 1, scaleValue, IsWords: true, prefix);
            }
        }
        return null;
    }

    /// <summary>
    /// Digits with separators as an invariant number: a comma before exactly three digits groups
    /// thousands (1,800), any other comma is a decimal comma (73,9); several dots before groups of
    /// three are thousands (1.250.000); a single dot is a decimal point.
    /// </summary>
    internal static string Canonical(string digits)
    {
        var groups = digits.Split(',');
        var text = groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3)
            ? string.Concat(groups)
            : digits.Replace(',', '.');
        var dots = text.Split('.');
        return dots.Length > 2 && dots.Skip(1).All(g => g.Length == 3) ? string.Concat(dots) : text;
    }

    /// <summary>
    /// The value of a following و-word that continues a number: tens after units (خمسة وعشرون)
    /// or a smaller part after hundreds and thousands (مائة وخمسون).
    /// </summary>
    private double? ConjoinedPart(Token token, double smallest)
    {
        if (token.Text.Length <= 2 || token.Text[0] != 'و' || !lexicon.Units.TryGetValue(token.Text[1..], out var part) || part is not double value)
        {
            return null;
        }
        var tensAfterUnits = smallest < 10 && value is >= 20 and <= 90;
        var smallerAfterHundreds = smallest >= 100 && value < smallest;
        return tensAfterUnits || smallerAfterHundreds ? value : null;
    }

    private double? ScaleAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index >= end || !lexicon.Scales.TryGetValue(tokens[index].Text, out var scale) || scale is not double value)
        {
            return null;
        }
        var log = Math.Log10(value);
        return Math.Abs(log - Math.Round(log)) < 1e-9 ? value : null;
    }

    /// <summary>A cheap test before the full reading: the word or one of its proclitic readings is a number or scale word.</summary>
    private bool MayBeNumberWord(string word)
    {
        var units = lexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var scales = lexicon.Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        var count = Clitics.ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            var stem = word.AsSpan(readings[r].Skip);
            if (!readings[r].ArticleAfterLam && (units.ContainsKey(stem) || scales.ContainsKey(stem)))
            {
                return true;
            }
        }
        return false;
    }

    private int? Vague(IReadOnlyList<Token> tokens, int index, int end)
    {
        var word = tokens[index].Text;
        if (!lexicon.VagueFirstWords.Contains(word))
        {
            return null;
        }
        if (index + 1 < end && lexicon.Vague.Contains(word + " " + tokens[index + 1].Text))
        {
            return index + 2;
        }
        if (!lexicon.Vague.Contains(word))
        {
            return null;
        }
        var next = index + 1;
        while (next < end && (lexicon.Scales.ContainsKey(tokens[next].Text) || lexicon.Scales.ContainsKey(StripArticle(tokens[next].Text))))
        {
            next++;
        }
        return next;
    }

    private static string StripArticle(string word) => word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
}

/// <summary>A number read over tokens [TokenStart, TokenEnd); a null value marks a vague quantity.</summary>
public sealed record NumberReading(int TokenStart, int TokenEnd, double? Value, bool IsWords, int Prefix);
