using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Amounts;

/// <summary>
/// Finds quantities in the title and body. A number (digits or words, with scales) counts what
/// follows it — a percent sign or word, a currency, a multiple (سبع مرات), a counted noun in any
/// of its forms (ثلاثة ألوية، 140 ديبلوماسيا) or a partitive (أربع من الجمهوريات) — or, with no
/// noun of its own, what the sentence has already counted: more of the same (12 آخرين، ثلاث
/// منها) or the noun of a count head (عدد السياح … 414 ألفا). A definite plural followed by a
/// definite number is a count too (الدول الخمس). Not amounts: a number with nothing counted,
/// anything inside a time expression (years, dates, durations, ages), ranks and labels (العضو
/// الـ162، المادة 15), numbers inside names (فوستوك-2018، G20، مجموعة السبع) and vague quantities
/// (عشرات الآلاف).
/// </summary>
public sealed class AmountStage : IPipelineStage
{
    private readonly ArabicNumberReader _numbers;
    private readonly UnitLexicon _units;
    private readonly CountedNounReader _nouns;
    private readonly AmountQualifiers _qualifiers;
    private readonly CountHeads _heads;
    private readonly DefiniteCounts _definite;

    public AmountStage(KnowledgeBase knowledge)
    {
        _numbers = new ArabicNumberReader(knowledge.Numbers);
        _units = knowledge.Units;
        _nouns = new CountedNounReader(knowledge.CountedNouns);
        _qualifiers = new AmountQualifiers(knowledge.Qualifiers);
        _heads = new CountHeads(_nouns);
        _definite = new DefiniteCounts(_nouns, _numbers);
    }

    public string Name => "amounts";

    public void Process(Document document)
    {
        var times = document.All<TimeExpression>();
        foreach (var sentence in document.All<Segment>().Where(s => s.Kind == SegmentKind.Sentence))
        {
            var (first, end) = document.TokenRange(sentence.Start, sentence.End);
            var scope = new SentenceScope(first, end, () => _heads.Find(document, first, end), times);
            var i = first;
            while (i < end)
            {
                var found = ReadDefiniteCount(document, i, scope) ?? ReadAmount(document, i, scope);
                if (found is not { Amount: var amount } || times.Any(t => t.Overlaps(amount)))
                {
                    i = found is null ? i + 1 : Math.Max(i + 1, document.LowerBound(document.Normalized.FromOriginal(found.Amount.End)));
                    continue;
                }
                document.Add(amount);
                scope.Last = found;
                i = Math.Max(i + 1, document.LowerBound(document.Normalized.FromOriginal(amount.End)));
            }
        }
    }

    /// <summary>الدول الخمس: the span runs from the noun to the number.</summary>
    private FoundAmount? ReadDefiniteCount(Document document, int i, SentenceScope scope)
    {
        if (_definite.ReadAt(document, i, scope.First, scope.End) is not { } found)
        {
            return null;
        }
        var (noun, number) = found;
        var tokens = document.Tokens;
        var prefix = _nouns.Lexicon.Definite.LongestAt(document.Normalized.Text, tokens, i)?.PrefixLength ?? 0;
        var (start, stop) = document.Normalized.ToOriginal(tokens[noun.Start].Start + prefix, tokens[number.TokenEnd - 1].End);
        var qualifier = _qualifiers.Before(document, noun.Start, scope.First) ?? _qualifiers.After(document, number.TokenEnd, scope.End) ?? "exact";
        return new FoundAmount(new Amount(start, stop, number.Value, noun.Noun.Unit, qualifier), noun.Noun.IsPerson);
    }

    private FoundAmount? ReadAmount(Document document, int i, SentenceScope scope)
    {
        var tokens = document.Tokens;
        if (_numbers.ReadAt(tokens, i, scope.End, document.Normalized.Text) is not { Value: double value } number
            || AfterLabel(document, i, scope.First) || InsideName(document, i, scope.First) || PartOfOrdinal(document, i, scope.First))
        {
            return null;
        }
        if (number.IsWords && value == 1)
        {
            return null;
        }
        var unit = UnitAfter(document, number, scope);
        if (unit is null)
        {
            return null;
        }
        if (unit.IsCounted && ThousandsWithDot(tokens[number.TokenStart], number))
        {
            value *= 1000;
        }
        if (unit.Unit == UnitLexicon.Times && !number.IsWords && tokens[number.TokenStart].IsNumber && unit.TokenEnd - number.TokenEnd == 1 && value > 1000)
        {
            return null;
        }
        var qualifier = _qualifiers.Before(document, number.TokenStart, scope.First)
            ?? _qualifiers.After(document, unit.TokenEnd, scope.End)
            ?? (unit.Head is { } head ? _qualifiers.Before(document, head.Start, scope.First) : null)
            ?? "exact";
        var (start, stop) = document.Normalized.ToOriginal(tokens[number.TokenStart].Start + number.Prefix, unit.End);
        return new FoundAmount(new Amount(start, stop, value, unit.Unit, qualifier), unit.IsPerson);
    }

    /// <summary>
    /// What a number counts, in order of trust: a sign or unit word right after it, the noun right
    /// after it, a partitive, a word that counts more of the sentence's last unit (آخرين، ثلاث
    /// منها، توفي منهم 471), and last the noun of a count head before it.
    /// </summary>
    private UnitReading? UnitAfter(Document document, NumberReading number, SentenceScope scope)
    {
        var tokens = document.Tokens;
        var normalized = document.Normalized.Text;
        var numberEnd = tokens[number.TokenEnd - 1].End;
        var next = number.TokenEnd;
        if (!number.IsWords && SymbolAfter(normalized, numberEnd) is { } sign)
        {
            return new UnitReading(sign.Unit, sign.End, next);
        }
        var adjacent = next < scope.End && OnlySpaceBetween(normalized, numberEnd, tokens[next].Start);
        var phrase = adjacent ? _units.Phrases.LongestAt(normalized, tokens, next) : null;
        if (phrase is not null && phrase.TokenEnd > scope.End)
        {
            phrase = null;
        }
        var counted = adjacent && _nouns.IndefiniteAt(document, next, scope.End) is { PrefixLength: 0 } match ? match : null;
        if (phrase is not null && (counted is null || phrase.TokenEnd >= counted.TokenEnd))
        {
            return new UnitReading(Disambiguate(document, phrase, next), tokens[phrase.TokenEnd - 1].End, phrase.TokenEnd);
        }
        var head = CountHeads.Governing(document, scope.Heads, number.TokenStart);
        if (counted is not null)
        {
            var noun = counted.Values[0];
            var unit = noun.Unit == CountedNounLexicon.People && head is { Noun.IsPerson: true, Referring: false } ? head.Noun.Unit : noun.Unit;
            return new UnitReading(unit, tokens[counted.TokenEnd - 1].End, counted.TokenEnd, unit == noun.Unit ? null : head) { IsCounted = true, IsPerson = noun.IsPerson };
        }
        if (adjacent && number.Value != 1 && _nouns.PartitiveAt(document, next, scope.End) is { } partitive)
        {
            return new UnitReading(partitive.Noun.Unit, tokens[partitive.End - 1].End, partitive.End) { IsCounted = true, IsPerson = partitive.Noun.IsPerson };
        }
        var lexicon = _nouns.Lexicon;
        if (adjacent && scope.Last is { } last
            && (lexicon.References.RefersTo(tokens[next].Text, last.IsPerson) || lexicon.Others.RefersTo(tokens[next].Text, last.IsPerson)))
        {
            return new UnitReading(last.Amount.Unit, tokens[next].End, next + 1) { IsPerson = last.IsPerson };
        }
        if (!number.IsWords && scope.Last is { } earlier && number.TokenStart > scope.First && lexicon.References.RefersTo(Clitics.WithoutConjunction(tokens[number.TokenStart - 1].Text), earlier.IsPerson)
            && EndsTheCount(document, next, scope))
        {
            return new UnitReading(earlier.Amount.Unit, numberEnd, next) { IsPerson = earlier.IsPerson };
        }
        if (head is not null && EndsTheCount(document, next, scope))
        {
            return new UnitReading(head.Noun.Unit, numberEnd, next, head) { IsPerson = head.Noun.IsPerson };
        }
        return null;
    }

    /// <summary>Whether only spaces, brackets or quotation marks stand between a number and the word after it ((431) متهما، "676.962" سيارة), not a slash or clause punctuation.</summary>
    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var c = from; c < to; c++)
        {
            if (!char.IsWhiteSpace(text[c]) && text[c] is not ('(' or ')' or '"' or '«' or '»' or '“' or '”' or '\u200f' or '\u200e'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Digits such as 1.077 or 67.700 before a counted noun: a single dot before exactly three
    /// digits groups thousands there, since a count of things is whole.
    /// </summary>
    private static bool ThousandsWithDot(Token digits, NumberReading number)
    {
        var text = digits.Text;
        var dot = text.IndexOf('.');
        return !number.IsWords && !number.HasScale && dot > 0 && dot <= 3 && text.Length - dot - 1 == 3 && text.IndexOf('.', dot + 1) < 0 && !text.Contains(',');
    }

    /// <summary>Whether nothing after a number could be its own noun: the sentence or clause ends, a time expression begins (مساء الأحد), or a preposition, adverb or conjunction follows.</summary>
    private bool EndsTheCount(Document document, int next, SentenceScope scope)
    {
        if (next >= scope.End || document.PunctuationBetween(next - 1, next))
        {
            return true;
        }
        var token = document.Tokens[next];
        if (token.IsNumber || token.Text.StartsWith('و') || _nouns.Lexicon.ClauseWords.Contains(token.Text))
        {
            return true;
        }
        var start = document.Normalized.ToOriginal(token.Start, token.End).Start;
        return scope.Times.Any(t => t.Start <= start && start < t.End);
    }

    /// <summary>
    /// Digits that are a label, not a count: after a word such as رقم, المادة, الدقيقة or الجولة
    /// (data/lexicons/counted-nouns.json, label_heads), written right after it or after its article
    /// (الدقيقة الـ88).
    /// </summary>
    private bool AfterLabel(Document document, int i, int sentenceStart)
    {
        var tokens = document.Tokens;
        var before = i - 1;
        if (before > sentenceStart && tokens[before].Text == "ال" && tokens[i].Start - tokens[before].End <= 1)
        {
            before--;
        }
        return before >= sentenceStart && _nouns.Lexicon.LabelHeads.Contains(Clitics.WithoutConjunction(tokens[before].Text));
    }

    /// <summary>
    /// Digits written into a name or inside another number: glued to Latin letters before or after
    /// them (G20، Su35، 5G), joined by a hyphen to a word (فوستوك-2018، إس-400), or the later part
    /// of digits the number reader reads whole (the 000 of 13،000، the 6 of 5ر6). Digits glued to
    /// an Arabic word are a missing space (طرح50 وظيفة), not a name.
    /// </summary>
    private static bool InsideName(Document document, int i, int sentenceStart)
    {
        var tokens = document.Tokens;
        var text = document.Normalized.Text;
        var token = tokens[i];
        if (!token.IsNumber)
        {
            return false;
        }
        if (token.End < text.Length && char.IsAsciiLetter(text[token.End]))
        {
            return true;
        }
        if (token.Start == 0)
        {
            return false;
        }
        var before = text[token.Start - 1];
        if (before == '-' && token.Start >= 2 && char.IsLetter(text[token.Start - 2]))
        {
            return true;
        }
        if (char.IsAsciiLetter(before))
        {
            return true;
        }
        var previous = i > sentenceStart ? tokens[i - 1] : default;
        return i > sentenceStart
            && ((before == '،' && previous.IsNumber && previous.End == token.Start - 1)
                || (previous.Text == "ر" && previous.End == token.Start && i - 2 >= sentenceStart && tokens[i - 2].IsNumber && tokens[i - 2].End == previous.Start));
    }

    /// <summary>عشر or عشرة after a definite word closes an ordinal (الخامسة عشرة، الثامن عشر), not a number.</summary>
    private static bool PartOfOrdinal(Document document, int i, int sentenceStart)
    {
        var tokens = document.Tokens;
        return i > sentenceStart && tokens[i].Text is "عشر" or "عشره" && Clitics.WithoutConjunction(tokens[i - 1].Text).StartsWith("ال", StringComparison.Ordinal);
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

    /// <summary>The token range of a sentence, its count heads, the document's time expressions, and the last amount found in the sentence.</summary>
    private sealed class SentenceScope(int first, int end, Func<IReadOnlyList<CountHead>> findHeads, IReadOnlyList<TimeExpression> times)
    {
        private IReadOnlyList<CountHead>? _heads;

        public IReadOnlyList<TimeExpression> Times { get; } = times;

        public int First { get; } = first;

        public int End { get; } = end;

        /// <summary>The sentence's count heads, found when a number first asks for them: most sentences have no number that does.</summary>
        public IReadOnlyList<CountHead> Heads => _heads ??= findHeads();

        public FoundAmount? Last { get; set; }
    }

    /// <summary>An amount and whether it counts people, which decides what آخرون or منهم after it may refer to.</summary>
    private sealed record FoundAmount(Amount Amount, bool IsPerson);

    /// <summary>The unit a number counts, the normalized offset where the amount's span ends, the token after it, and the head it came from, if any.</summary>
    private sealed record UnitReading(string Unit, int End, int TokenEnd, CountHead? Head = null)
    {
        /// <summary>Whether the unit is a counted noun written after the number (not a currency, percent or multiple).</summary>
        public bool IsCounted { get; init; }

        public bool IsPerson { get; init; }
    }
}
