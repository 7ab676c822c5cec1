using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// What follows a number and says what it measures (data/lexicons/units.json): currencies to ISO
/// 4217, percent words, multiples, and compound heads such as مشروع اتفاقية (a draft agreement
/// counts agreements). Counted nouns are in <see cref="CountedNounLexicon"/>.
/// </summary>
public sealed class UnitLexicon
{
    public UnitLexicon(UnitFile file)
    {
        foreach (var currency in file.Currencies)
        {
            foreach (var name in currency.Names)
            {
                Phrases.Add(name, currency.Code);
            }
            foreach (var symbol in currency.Symbols ?? [])
            {
                if (symbol.Any(char.IsLetter))
                {
                    Phrases.Add(symbol, currency.Code);
                }
                else
                {
                    Symbols[symbol] = currency.Code;
                }
            }
        }
        foreach (var (name, codes) in file.Ambiguous)
        {
            AmbiguousCurrencies[ArabicNormalizer.Fold(name)] = codes;
        }
        foreach (var (phrase, unit) in file.CompoundHeads)
        {
            Phrases.Add(phrase, unit);
        }
        foreach (var word in file.Percent)
        {
            if (word.Any(char.IsLetter))
            {
                Phrases.Add(word, Percent);
            }
            else
            {
                Symbols[word] = Percent;
            }
        }
        foreach (var word in file.Times)
        {
            Phrases.Add(word, Times);
        }
    }

    public const string Percent = "percent";

    public const string Times = "times";

    /// <summary>Unit phrases (first word may carry a proclitic) to their unit.</summary>
    public PhraseMatcher<string> Phrases { get; } = new();

    /// <summary>Signs written right after (or before) a number: % ٪ $ …</summary>
    public Dictionary<string, string> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>Bare currency names shared by several currencies, to be decided by the country in context.</summary>
    public Dictionary<string, IReadOnlyList<string>> AmbiguousCurrencies { get; } = new(StringComparer.Ordinal);

    public sealed record UnitFile(
        IReadOnlyList<Currency> Currencies,
        Dictionary<string, IReadOnlyList<string>> Ambiguous,
        Dictionary<string, string> CompoundHeads,
        IReadOnlyList<string> Percent,
        IReadOnlyList<string> Times);

    public sealed record Currency(string Code, IReadOnlyList<string> Names, IReadOnlyList<string>? Symbols);
}
