using System.Globalization;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Text;
using ArabicStopWords = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace Rasd.Store.Benchmark;

/// <summary>
/// A fixed mix of queries drawn from the articles of a store (the same store and seed give the same
/// mix): one to three headline words, two-word phrases, names in another spelling, <c>entity:</c>,
/// <c>country:</c>, <c>pair:</c> and <c>source:</c> filters, date ranges, exclusions, and
/// combinations of them. Headline words are content words, as an analyst types them: Arabic words
/// of three letters or more that are not on Lucene's Arabic stop list.
/// </summary>
public static class QueryMix
{
    public const int DefaultCount = 200;

    private const int SampledArticles = 2_000;

    /// <summary>Each kind and its share of the mix, in the order the queries are listed.</summary>
    public static IReadOnlyList<(string Kind, double Share)> Kinds { get; } =
    [
        ("1 word", 0.125), ("2 words", 0.125), ("3 words", 0.10), ("phrase", 0.125), ("name spelling", 0.075),
        ("entity", 0.05), ("country", 0.05), ("pair", 0.05), ("source", 0.05), ("dates", 0.075), ("exclusion", 0.05), ("combination", 0.125),
    ];

    public static IReadOnlyList<MixQuery> Draw(IArticleStore store, int count = DefaultCount, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var random = new Random(seed);
        var articles = Sample(store, random);
        if (articles.Count == 0)
        {
            throw new InvalidOperationException("the store has no articles to draw queries from");
        }
        var queries = new List<MixQuery>(count);
        var quotas = Quotas(count);
        foreach (var (kind, quota) in quotas)
        {
            for (var i = 0; i < quota; i++)
            {
                queries.Add(new MixQuery(kind, Make(kind, i, articles, random)));
            }
        }
        return queries;
    }

    /// <summary>How many queries of each kind a mix of <paramref name="count"/> has; the rounding remainder goes to single words.</summary>
    public static IReadOnlyList<(string Kind, int Count)> Quotas(int count)
    {
        var quotas = Kinds.Select(k => (k.Kind, Count: (int)Math.Floor(k.Share * count))).ToList();
        quotas[0] = (quotas[0].Kind, quotas[0].Count + count - quotas.Sum(q => q.Count));
        return quotas;
    }

    /// <summary>Up to <see cref="SampledArticles"/> original articles picked at random, in store order.</summary>
    private static List<AnalysisRecord> Sample(IArticleStore store, Random random)
    {
        var originals = (int)Math.Min(int.MaxValue, store.Counts().Articles);
        var picked = Enumerable.Range(0, originals).OrderBy(_ => random.Next()).Take(SampledArticles).ToHashSet();
        var sample = new List<AnalysisRecord>(picked.Count);
        var position = 0;
        foreach (var article in store.ExportArticles().Where(a => a.DuplicateOf is null))
        {
            if (picked.Contains(position++) && RecordJson.Deserialize(article.RecordJson) is { } record)
            {
                sample.Add(record);
            }
        }
        return sample;
    }

    private static string Make(string kind, int index, List<AnalysisRecord> articles, Random random)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var article = articles[random.Next(articles.Count)];
            var query = kind switch
            {
                "1 word" => Words(article, 1, random),
                "2 words" => Words(article, 2, random),
                "3 words" => Words(article, 3, random),
                "phrase" => Phrase(article, random),
                "name spelling" => NameSpelling(article, random),
                "entity" => Pick(article.Entities.Where(e => e.Type == "person").Select(e => $"entity:{Quoted(e.Id)}").ToList(), random),
                "country" => Country(article, random),
                "pair" => Pair(article, random),
                "source" => Source(article, random),
                "dates" => Join(Words(article, 1, random), Dates(random)),
                "exclusion" => Exclusion(article, random),
                _ => Combination(index, article, random),
            };
            if (query is not null)
            {
                return query;
            }
        }
        throw new InvalidOperationException($"no article of the store gives a query of the kind '{kind}'");
    }

    private static string? Combination(int index, AnalysisRecord article, Random random) => (index % 6) switch
    {
        0 => Join(Words(article, 1, random), Country(article, random)),
        1 => Join(Words(article, 1, random), Source(article, random)),
        2 => Join(Phrase(article, random), Dates(random)),
        3 => Join(NameSpelling(article, random), Exclusion(article, random)?.Split(' ')[1]),
        4 => Join(Words(article, 2, random), Pair(article, random)),
        _ => Join(Country(article, random), Dates(random)),
    };

    /// <summary><paramref name="count"/> content words of the headline in a row, or null when it has too few.</summary>
    private static string? Words(AnalysisRecord article, int count, Random random)
    {
        var words = HeadlineWords(article);
        if (words.Count < count)
        {
            return null;
        }
        var start = random.Next(words.Count - count + 1);
        return string.Join(' ', words.Skip(start).Take(count));
    }

    /// <summary>Two adjacent words of the headline, both content words, quoted.</summary>
    private static string? Phrase(AnalysisRecord article, Random random)
    {
        var words = (article.Title ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = Enumerable.Range(0, Math.Max(0, words.Length - 1))
            .Where(i => IsContentWord(words[i]) && IsContentWord(words[i + 1]))
            .Select(i => $"\"{words[i]} {words[i + 1]}\"")
            .ToList();
        return Pick(pairs, random);
    }

    /// <summary>A person's surname as the article spells it, with one long vowel inside it dropped (<c>جاباروف</c> becomes <c>جباروف</c>).</summary>
    private static string? NameSpelling(AnalysisRecord article, Random random)
    {
        var surnames = article.Entities
            .Where(e => e.Type == "person")
            .SelectMany(e => e.Mentions)
            .Select(m => m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty)
            .Where(w => w.Length >= 5 && IsContentWord(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (Pick(surnames, random) is not { } surname)
        {
            return null;
        }
        var vowels = Enumerable.Range(1, surname.Length - 2).Where(i => surname[i] is 'ا' or 'و' or 'ي').ToList();
        return vowels.Count == 0 ? surname : surname.Remove(vowels[random.Next(vowels.Count)], 1);
    }

    private static string? Country(AnalysisRecord article, Random random) =>
        Pick(article.Entities.Where(e => e.Type == "country" && e.Id.Length == "country:XX".Length).Select(e => "country:" + e.Id[^2..]).ToList(), random);

    private static string? Pair(AnalysisRecord article, Random random) =>
        Pick(article.Relations.Where(r => r.A.Length == "country:XX".Length && r.B.Length == "country:XX".Length).Select(r => $"pair:{r.A[^2..]}-{r.B[^2..]}").ToList(), random);

    private static string? Source(AnalysisRecord article, Random random) =>
        Pick(article.Sources.Select(s => s.Id).Append(article.Publisher).OfType<string>().Where(s => !s.Any(char.IsWhiteSpace)).Select(s => "source:" + s).ToList(), random);

    /// <summary>A headline word, and another one of the same headline excluded.</summary>
    private static string? Exclusion(AnalysisRecord article, Random random)
    {
        var words = HeadlineWords(article).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count < 2)
        {
            return null;
        }
        var first = random.Next(words.Count);
        var second = (first + 1 + random.Next(words.Count - 1)) % words.Count;
        return $"{words[first]} -{words[second]}";
    }

    /// <summary>A range of a month, a quarter, a year or two years within the ten years the benchmark dates span.</summary>
    private static string Dates(Random random)
    {
        var culture = CultureInfo.InvariantCulture;
        var months = new[] { 1, 3, 12, 24 }[random.Next(4)];
        var span = ReplicatedCorpus.LastDay.DayNumber - ReplicatedCorpus.FirstDay.DayNumber - (months * 31);
        var from = DateOnly.FromDayNumber(ReplicatedCorpus.FirstDay.DayNumber + random.Next(Math.Max(1, span)));
        if (months >= 12)
        {
            return $"from:{from.Year} to:{from.Year + (months / 12) - 1}";
        }
        return $"from:{from.ToString("yyyy-MM-dd", culture)} to:{from.AddMonths(months).AddDays(-1).ToString("yyyy-MM-dd", culture)}";
    }

    private static List<string> HeadlineWords(AnalysisRecord article) =>
        (article.Title ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsContentWord).ToList();

    /// <summary>Arabic letters only, three or more, and not a stop word (compared folded, as the stop list is written).</summary>
    private static bool IsContentWord(string word) =>
        word.Length >= 3
        && word.All(c => c is >= '\u0621' and <= '\u064A')
        && !ArabicStopWords.DefaultStopSet.Contains(word)
        && !ArabicStopWords.DefaultStopSet.Contains(ArabicNormalizer.Fold(word));

    private static string Quoted(string id) => id.Any(char.IsWhiteSpace) ? $"\"{id}\"" : id;

    private static string? Join(string? first, string? second) => first is null || second is null ? null : $"{first} {second}";

    private static string? Pick(List<string> values, Random random) => values.Count == 0 ? null : values[random.Next(values.Count)];
}

/// <summary>A query of the benchmark mix and the kind it stands for.</summary>
public sealed record MixQuery(string Kind, string Text);
