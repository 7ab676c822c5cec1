using Rasd.Records;
using Rasd.Stages.Segmentation;

namespace Rasd.Store.Ingest;

/// <summary>
/// Facts derived from a record for the normalized tables: what each quote and each amount is
/// about (the entities mentioned inside the quote; those mentioned in the amount's sentence), and
/// the publication date as a day range for date filters.
/// </summary>
public sealed record ArticleFacts(
    IReadOnlyList<IReadOnlyList<string>> QuoteSubjects,
    IReadOnlyList<IReadOnlyList<string>> AmountSubjects,
    string? PublishedStart,
    string? PublishedEnd)
{
    public static ArticleFacts From(AnalysisRecord record)
    {
        var mentions = record.Entities
            .SelectMany(e => e.Mentions.Select(m => (e.Id, m.Start, m.End)))
            .OrderBy(m => m.Start)
            .ToList();
        var quoteSubjects = record.Quotes
            .Select(q => Within(mentions, q.Start, q.End, except: q.Speaker))
            .ToList();
        var amountSubjects = record.Amounts
            .Select(a =>
            {
                var (start, end) = SentenceAround(record.Text, a.Start, a.End);
                return Within(mentions, start, end, except: null);
            })
            .ToList();
        var (publishedStart, publishedEnd) = DayRange(record.Published);
        return new ArticleFacts(quoteSubjects, amountSubjects, publishedStart, publishedEnd);
    }

    /// <summary>The first and last day of an ISO date at the day, month or year grain; nulls for anything else.</summary>
    public static (string? Start, string? End) DayRange(string? published)
    {
        if (published is null)
        {
            return (null, null);
        }
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var style = System.Globalization.DateTimeStyles.None;
        if (DateOnly.TryParseExact(published, "yyyy-MM-dd", culture, style, out var day))
        {
            return (published, published);
        }
        if (DateOnly.TryParseExact(published + "-01", "yyyy-MM-dd", culture, style, out var month))
        {
            return (month.ToString("yyyy-MM-dd", culture), month.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", culture));
        }
        if (published.Length == 4 && published.All(char.IsAsciiDigit))
        {
            return ($"{published}-01-01", $"{published}-12-31");
        }
        return (null, null);
    }

    private static List<string> Within(List<(string Id, int Start, int End)> mentions, int start, int end, string? except) =>
        mentions.Where(m => m.Start >= start && m.End <= end && m.Id != except)
            .Select(m => m.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The sentence of the paragraph (line) that holds a span, by the pipeline's own sentence splitter.</summary>
    private static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        foreach (var sentence in SentenceSplitter.Split(text, lineStart, lineEnd))
        {
            if (sentence.Start <= start && sentence.End >= end)
            {
                return sentence;
            }
        }
        return (lineStart, lineEnd);
    }
}
