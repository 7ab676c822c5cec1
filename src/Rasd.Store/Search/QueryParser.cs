using System.Globalization;
using System.Text.RegularExpressions;
using Rasd.Text;

namespace Rasd.Store.Search;

/// <summary>
/// Parses the analyst query language: words, <c>"phrases"</c>, <c>-exclusions</c> and the fields
/// <c>entity:</c>, <c>country:</c>, <c>pair:</c>, <c>from:</c>, <c>to:</c> and <c>source:</c>.
/// Anything malformed is refused with a <see cref="QueryException"/> that says what and where;
/// nothing here ever becomes SQL text, the store binds every value as a parameter.
/// </summary>
public static partial class QueryParser
{
    public const int MaxLength = 1_000;

    public const int MaxItems = 32;

    private static readonly string[] EntityTypes = ["person", "country", "city", "org", "agency", "location"];

    private static readonly string[] Fields = ["entity", "country", "pair", "from", "to", "source"];

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new QueryException("the query is empty");
        }
        if (text.Length > MaxLength)
        {
            throw new QueryException($"the query is too long ({text.Length:N0} characters; at most {MaxLength:N0})");
        }
        var state = new ParseState();
        var i = 0;
        var items = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            if (++items > MaxItems)
            {
                throw new QueryException($"the query has too many parts (at most {MaxItems} words, phrases and filters)");
            }
            var itemStart = i;
            var negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }
            if (IsQuote(text[i]))
            {
                (var phrase, i) = ReadQuoted(text, i);
                state.AddText(new QueryText(phrase, IsPhrase: true), negated);
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsQuote(text[i]))
            {
                i++;
            }
            var word = text[start..i];
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 ? word[..colon].ToLowerInvariant() : null;
            if (field is not null && Fields.Contains(field))
            {
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < text.Length && IsQuote(text[i]))
                {
                    (value, i) = ReadQuoted(text, i);
                }
                state.AddField(field, value.Trim(), negated, itemStart);
            }
            else
            {
                state.AddText(new QueryText(word, IsPhrase: false), negated);
            }
        }
        return state.Build();
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»';

    private static (string Value, int Next) ReadQuoted(string text, int open)
    {
        var close = open + 1;
        while (close < text.Length && !IsQuote(text[close]))
        {
            close++;
        }
        if (close >= text.Length)
        {
            throw new QueryException($"unclosed quotation mark at character {open + 1}");
        }
        var value = text[(open + 1)..close].Trim();
        return value.Length == 0
            ? throw new QueryException($"empty quotation at character {open + 1}")
            : (value, close + 1);
    }

    private static string Describe(string field, string value) => $"{field}:{(value.Length > 40 ? value[..40] + "…" : value)}";

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^([A-Za-z]{2})-([A-Za-z]{2})$")]
    private static partial Regex CountryPair();

    private sealed class ParseState
    {
        private readonly List<QueryText> _include = [];
        private readonly List<QueryText> _exclude = [];
        private readonly List<QueryFilter> _filters = [];
        private string? _from;
        private string? _to;

        public void AddText(QueryText text, bool negated) => (negated ? _exclude : _include).Add(text);

        public void AddField(string field, string value, bool negated, int position)
        {
            if (value.Length == 0)
            {
                throw new QueryException($"{field}: at character {position + 1} needs a value");
            }
            switch (field)
            {
                case "entity":
                    _filters.Add(new EntityFilter(EntityId(value), negated));
                    break;
                case "country":
                    if (!CountryCode().IsMatch(value))
                    {
                        throw new QueryException($"{Describe(field, value)}: expected a two-letter country code, as in country:KZ");
                    }
                    _filters.Add(new EntityFilter($"country:{value.ToUpperInvariant()}", negated));
                    break;
                case "pair":
                    var pair = CountryPair().Match(value);
                    if (!pair.Success || string.Equals(pair.Groups[1].Value, pair.Groups[2].Value, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new QueryException($"{Describe(field, value)}: expected two different country codes, as in pair:KZ-RU");
                    }
                    var codes = new[] { $"country:{pair.Groups[1].Value.ToUpperInvariant()}", $"country:{pair.Groups[2].Value.ToUpperInvariant()}" }.Order(StringComparer.Ordinal).ToArray();
                    _filters.Add(new PairFilter(codes[0], codes[1], negated));
                    break;
                case "source":
                    if (!value.Contains(':', StringComparison.Ordinal) || value.EndsWith(':'))
                    {
                        throw new QueryException($"{Describe(field, value)}: expected a source id, as in source:agency:tass");
                    }
                    _filters.Add(new SourceFilter(value, negated));
                    break;
                case "from" or "to":
                    if (negated)
                    {
                        throw new QueryException($"-{field}: a date bound cannot be excluded");
                    }
                    if ((field == "from" ? _from : _to) is not null)
                    {
                        throw new QueryException($"{field}: is given twice");
                    }
                    var bound = DateBound(value, field == "from") ?? throw new QueryException($"{Describe(field, value)}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY");
                    if (field == "from")
                    {
                        _from = bound;
                    }
                    else
                    {
                        _to = bound;
                    }
                    break;
            }
        }

        public SearchQuery Build()
        {
            DateRange? dates = null;
            if (_from is not null || _to is not null)
            {
                dates = new DateRange(_from ?? "0001-01-01", _to ?? "9999-12-31");
                if (string.CompareOrdinal(dates.From, dates.To) > 0)
                {
                    throw new QueryException($"from:{_from} is after to:{_to}");
                }
            }
            return new SearchQuery(_include, _exclude, _filters, dates);
        }

        private static string EntityId(string value)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            var type = colon > 0 ? value[..colon].ToLowerInvariant() : string.Empty;
            if (!EntityTypes.Contains(type) || colon == value.Length - 1)
            {
                throw new QueryException($"{Describe("entity", value)}: expected entity:TYPE:NAME with TYPE one of {string.Join(", ", EntityTypes)}, as in entity:person:vladimir-putin");
            }
            var name = value[(colon + 1)..];
            return type == "country" ? $"country:{name.ToUpperInvariant()}" : $"{type}:{name}";
        }

        /// <summary>The first (from) or last (to) day of a date given to the day, month or year.</summary>
        private static string? DateBound(string value, bool isStart)
        {
            var folded = ArabicNormalizer.Fold(value);
            var culture = CultureInfo.InvariantCulture;
            if (DateOnly.TryParseExact(folded, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
            {
                return day.ToString("yyyy-MM-dd", culture);
            }
            if (DateOnly.TryParseExact(folded + "-01", "yyyy-MM-dd", culture, DateTimeStyles.None, out var month))
            {
                return (isStart ? month : month.AddMonths(1).AddDays(-1)).ToString("yyyy-MM-dd", culture);
            }
            if (folded.Length == 4 && int.TryParse(folded, NumberStyles.None, culture, out var year) && year >= 1)
            {
                return isStart ? $"{year:D4}-01-01" : $"{year:D4}-12-31";
            }
            return null;
        }
    }
}
