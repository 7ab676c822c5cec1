using System.Globalization;
using Rasd.Data;

namespace Rasd.Text;

/// <summary>
/// Reads a number at a token: digits (13.6, 1,800), number words with their compounds (خمسة
/// وعشرون، خمس عشرة، ثلاث مائة), scale words multiplying what precedes them (4 مليارات, ثلاثة
/// ملايين), a scale word standing alone (مليون مهاجر), fractions of a scale (نصف مليون، مليون
/// ونصف) and smaller parts joined to a scaled number by و (مليون و200 ألف، ثلاثة آلاف وخمسمائة).
/// Vague quantities (عشرات الآلاف، بضعة) are recognized so that callers can skip them. A definite
/// number after a definite plural (الدول الخمس، الدول الـ27) is read by <see cref="ReadDefiniteAt"/>.
/// </summary>
public sealed class ArabicNumberReader(NumberLexicon lexicon)
{
    private const string Article = "ال";

    /// <summary>The number at a token; with the normalized text, thousands grouped by the Arabic comma (13،809،879) are read whole.</summary>
    public NumberReading? ReadAt(IReadOnlyList<Token> tokens, int index, int end, string? normalized = null)
    {
        if (index >= end)
        {
            return null;
        }
        if (Vague(tokens, index, end) is int vagueEnd)
        {
            return new NumberReading(index, vagueEnd, null, IsWords: true, Prefix: 0);
        }
        if (!tokens[index].IsNumber && !MayBeNumberWord(tokens[index].Text))
        {
            return null;
        }
        if (GroupAt(tokens, index, end, normalized) is not { } first)
        {
            return null;
        }
        var value = first.Value;
        var next = first.End;
        var scale = first.Scale;
        while (scale >= 1000 && next < end)
        {
            if (FractionAfter(tokens[next].Text) is double fraction)
            {
                value += Scaled(fraction, scale);
                next++;
                if (next < end && ScaleValue(StripArticle(tokens[next].Text)) == scale)
                {
                    next++;
                }
                break;
            }
            if (ConjoinedGroup(tokens, next, end, normalized) is not { } part || part.Value >= scale || part.Scale >= scale)
            {
                break;
            }
            value += part.Value;
            next = part.End;
            scale = part.Scale;
        }
        return new NumberReading(index, next, value, first.IsWords, first.Prefix) { HasScale = first.Scale >= 1000 };
    }

    /// <summary>Whether <see cref="ReadAt"/> can find anything at the token: digits, a number word or the first word of a vague quantity.</summary>
    public bool MayStartAt(Token token) => token.IsNumber || lexicon.VagueFirstWords.Contains(token.Text) || MayBeNumberWord(token.Text);

    /// <summary>
    /// A definite number standing after a definite noun: a number word with the article (الخمس,
    /// الخمس عشرة, العشرين) or digits written after the article (الـ27, الـ 27). Values below 3 are left
    /// out: الواحد and الاثنين (also Monday) do not count a plural.
    /// </summary>
    public NumberReading? ReadDefiniteAt(IReadOnlyList<Token> tokens, int index, int end)
    {
        if (index >= end)
        {
            return null;
        }
        var word = tokens[index].Text;
        if (word == Article && index + 1 < end && tokens[index + 1].IsNumber && tokens[index + 1].Start - tokens[index].End <= 1)
        {
            return double.TryParse(Canonical(tokens[index + 1].Text), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits) && digits >= 3
                ? new NumberReading(index, index + 2, digits, IsWords: false, Prefix: 0)
                : null;
        }
        if (word.Length <= Article.Length + 1 || !word.StartsWith(Article, StringComparison.Ordinal))
        {
            return null;
        }
        var stem = word[Article.Length..];
        if (index + 1 < end && lexicon.Units.TryGetValue(stem + " " + tokens[index + 1].Text, out var compound) && compound is double teen)
        {
            return new NumberReading(index, index + 2, teen, IsWords: true, Prefix: 0);
        }
        return lexicon.Units.TryGetValue(stem, out var unit) && unit is double value && value >= 3
            ? new NumberReading(index, index + 1, value, IsWords: true, Prefix: 0)
            : null;
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
    /// One group of a number: digits or number words, then an optional scale (3 مليارات،
    /// ثلاثة آلاف); a fraction before a scale (نصف مليون); or a scale word alone (مليون، ألفين).
    /// <c>Scale</c> is the power of ten a following و-part must stay below (1 when there is none).
    /// The first word is read with its proclitics removed, or as <paramref name="stemOfFirst"/> when
    /// the caller has already removed the و that joins it.
    /// </summary>
    private Group? GroupAt(IReadOnlyList<Token> tokens, int index, int end, string? normalized, string? stemOfFirst = null)
    {
        var token = tokens[index];
        if (token.IsNumber)
        {
            return Digits(tokens, index, end, normalized) is var (digits, next) ? WithScale(tokens, next, end, digits, isWords: false, prefix: 0) : null;
        }
        IEnumerable<(string Stem, int PrefixLength)> readings = stemOfFirst is null ? Clitics.Readings(token.Text) : [(stemOfFirst, 1)];
        foreach (var (stem, prefix) in readings)
        {
            if (WordNumber(tokens, index, end, stem) is { } words)
            {
                var value = words.Value;
                var smallest = words.Value;
                var next = words.End;
                while (next < end && ConjoinedPart(tokens, next, end, smallest) is { } add)
                {
                    value += add.Value;
                    smallest = Math.Min(smallest, add.Value);
                    next = add.End;
                }
                return WithScale(tokens, next, end, value, isWords: true, prefix);
            }
            if (lexicon.Fractions.TryGetValue(stem, out var part) && part is double fraction && ScaleAt(tokens, index + 1, end) is double fractionScale)
            {
                return new Group(Scaled(fraction, fractionScale), index + 2, fractionScale, IsWords: true, prefix);
            }
            if (lexicon.Scales.TryGetValue(stem, out var alone) && alone is double scaleValue && !lexicon.Vague.Contains(stem))
            {
                return new Group(scaleValue, index + 1, Math.Pow(10, Math.Floor(Math.Log10(scaleValue))), IsWords: true, prefix);
            }
        }
        return null;
    }

    /// <summary>
    /// The value of digits at a token and the token after them. Besides 1,800 and 13.6 (one token),
    /// two spellings of news feeds are read: thousands grouped with the Arabic comma (13،809،879)
    /// and a decimal written with ر between its parts in reverse order (5ر6 = 6.5, 9ر11% = 11.9%).
    /// </summary>
    private static (double Value, int End)? Digits(IReadOnlyList<Token> tokens, int index, int end, string? normalized)
    {
        var text = Canonical(tokens[index].Text);
        var next = index + 1;
        if (next + 1 < end && tokens[next].Text == "ر" && Glued(tokens, index, next) && Glued(tokens, next, next + 1) && tokens[next + 1].IsNumber && tokens[index].Text.All(char.IsAsciiDigit))
        {
            text = Canonical(tokens[next + 1].Text) + "." + tokens[index].Text;
            next += 2;
        }
        else
        {
            while (normalized is not null && next < end && tokens[next].IsNumber && tokens[next].Text.Length == 3 && tokens[next].Text.All(char.IsAsciiDigit)
                   && tokens[next].Start == tokens[next - 1].End + 1 && normalized[tokens[next - 1].End] == '،' && text.All(char.IsAsciiDigit))
            {
                text += tokens[next].Text;
                next++;
            }
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (value, next) : null;
    }

    /// <summary>Whether two tokens touch, with nothing between them.</summary>
    private static bool Glued(IReadOnlyList<Token> tokens, int left, int right) => tokens[left].End == tokens[right].Start;

    private Group WithScale(IReadOnlyList<Token> tokens, int next, int end, double value, bool isWords, int prefix) =>
        ScaleAt(tokens, next, end) is double scale
            ? new Group(Scaled(value, scale), next + 1, scale, isWords, prefix)
            : new Group(value, next, 1, isWords, prefix);

    /// <summary>A value times its scale in decimal arithmetic, so that 8.7 تريليون is 8.7e12 and not 8699999999999.999.</summary>
    private static double Scaled(double value, double scale) =>
        Math.Abs(value) < 1e15 && scale < 1e15 ? (double)((decimal)value * (decimal)scale) : value * scale;

    /// <summary>A number word of one token or a two-token compound (خمس عشرة، ثلاث مائة) whose first word is <paramref name="stem"/>.</summary>
    private (double Value, int End)? WordNumber(IReadOnlyList<Token> tokens, int index, int end, string stem)
    {
        if (index + 1 < end && lexicon.Units.TryGetValue(stem + " " + tokens[index + 1].Text, out var compound) && compound is double pair)
        {
            return (pair, index + 2);
        }
        return lexicon.Units.TryGetValue(stem, out var unit) && unit is double value ? (value, index + 1) : null;
    }

    /// <summary>
    /// The value of a following و-word that continues a number below a thousand: tens after units
    /// (خمسة وعشرون) or a smaller part after hundreds (مائة وخمسون، مائة وخمسة عشر).
    /// </summary>
    private (double Value, int End)? ConjoinedPart(IReadOnlyList<Token> tokens, int index, int end, double smallest)
    {
        var text = tokens[index].Text;
        if (text.Length <= 2 || text[0] != 'و' || WordNumber(tokens, index, end, text[1..]) is not { } part)
        {
            return null;
        }
        var tensAfterUnits = smallest < 10 && part.Value is >= 20 and <= 90;
        var smallerAfterHundreds = smallest >= 100 && part.Value < smallest;
        return tensAfterUnits || smallerAfterHundreds ? part : null;
    }

    /// <summary>A part joined by و to a scaled number: و and digits (و500، و200 ألف) or a و-number word (وخمسمائة).</summary>
    private Group? ConjoinedGroup(IReadOnlyList<Token> tokens, int index, int end, string? normalized)
    {
        var token = tokens[index];
        if (token.Text == "و" && index + 1 < end && tokens[index + 1].IsNumber && token.End == tokens[index + 1].Start)
        {
            return GroupAt(tokens, index + 1, end, normalized);
        }
        return token.Text.Length > 2 && token.Text[0] == 'و' && !token.IsNumber ? GroupAt(tokens, index, end, normalized, stemOfFirst: token.Text[1..]) : null;
    }

    /// <summary>A fraction joined after a scale (ونصف، وربع).</summary>
    private double? FractionAfter(string word) =>
        word.Length > 2 && word[0] == 'و' && lexicon.Fractions.TryGetValue(word[1..], out var fraction) ? fraction : null;

    private double? ScaleAt(IReadOnlyList<Token> tokens, int index, int end) =>
        index < end && ScaleValue(tokens[index].Text) is double value ? value : null;

    /// <summary>The value of a scale word that multiplies (a power of ten: ألف، ملايين), not a dual (ألفين).</summary>
    private double? ScaleValue(string word)
    {
        if (!lexicon.Scales.TryGetValue(word, out var scale) || scale is not double value)
        {
            return null;
        }
        var log = Math.Log10(value);
        return Math.Abs(log - Math.Round(log)) < 1e-9 ? value : null;
    }

    /// <summary>A cheap test before the full reading: the word or one of its proclitic readings is a number, scale or fraction word.</summary>
    private bool MayBeNumberWord(string word)
    {
        // Every reading is a suffix of the word, so a word can only be one whose last two letters
        // (its last, for a one-letter entry) end an entry: most words are turned away here, before
        // their proclitic readings are made and looked up.
        if (word.Length == 0 || !_endings.LastLetters.Contains(word[^1])
            || (word.Length > 1 && !_endings.OneLetterEntries.Contains(word[^1]) && !_endings.LastLetterPairs.Contains(LetterPair(word))))
        {
            return false;
        }
        var units = lexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var scales = lexicon.Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        var fractions = lexicon.Fractions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        var count = Clitics.ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            var stem = word.AsSpan(readings[r].Skip);
            if (!readings[r].ArticleAfterLam && (units.ContainsKey(stem) || scales.ContainsKey(stem) || fractions.ContainsKey(stem) || IsCompoundStart(stem)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] CompoundStarts = ["احد", "احدي", "اثنا", "اثني", "اثنتا", "اثنتي"];

    private readonly Endings _endings = Endings.Of([.. lexicon.Units.Keys, .. lexicon.Scales.Keys, .. lexicon.Fractions.Keys, .. CompoundStarts]);

    /// <summary>How the entries end: their last letters, the letters that are entries alone, and their last two letters.</summary>
    private sealed record Endings(HashSet<char> LastLetters, HashSet<char> OneLetterEntries, HashSet<int> LastLetterPairs)
    {
        public static Endings Of(IReadOnlyList<string> entries) => new(
            [.. entries.Where(e => e.Length > 0).Select(e => e[^1])],
            [.. entries.Where(e => e.Length == 1).Select(e => e[0])],
            [.. entries.Where(e => e.Length > 1).Select(LetterPair)]);
    }

    private static int LetterPair(string word) => (word[^2] << 16) | word[^1];

    /// <summary>Whether a word opens a two-word number (أحد in أحد عشر, إحدى in إحدى عشرة), which is no number alone.</summary>
    private static bool IsCompoundStart(ReadOnlySpan<char> word)
    {
        foreach (var start in CompoundStarts)
        {
            if (word.SequenceEqual(start))
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

    private static string StripArticle(string word) => word.StartsWith(Article, StringComparison.Ordinal) ? word[Article.Length..] : word;

    private sealed record Group(double Value, int End, double Scale, bool IsWords, int Prefix);
}

/// <summary>A number read over tokens [TokenStart, TokenEnd); a null value marks a vague quantity.</summary>
public sealed record NumberReading(int TokenStart, int TokenEnd, double? Value, bool IsWords, int Prefix)
{
    /// <summary>Whether the number carries a scale word (300 ألف، مليون), which makes it a count even without a noun after it.</summary>
    public bool HasScale { get; init; }
}
