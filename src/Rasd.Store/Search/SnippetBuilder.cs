using Rasd.Records;

namespace Rasd.Store.Search;

/// <summary>
/// Picks the window of an article that holds the most matches and highlights them. Computed in C#
/// from the stored text with the index's own analyzer, so both backends give the same snippets.
/// </summary>
public static class SnippetBuilder
{
    public const int Width = 220;
    private const int LeadIn = 50;
    private const string Ellipsis = "…";

    public static Snippet Build(string text, IReadOnlySet<string> terms, IReadOnlyList<SpanRecord> entitySpans)
    {
        var spans = SearchAnalyzer.Matches(text, terms)
            .Select(t => new SpanRecord(t.Start, t.End))
            .Concat(entitySpans)
            .OrderBy(s => s.Start)
            .ThenByDescending(s => s.End)
            .ToList();
        var merged = new List<SpanRecord>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }
        var anchor = BestAnchor(merged);
        var start = anchor is null ? 0 : WordStart(text, Math.Max(0, anchor.Start - LeadIn));
        var end = WordEnd(text, Math.Min(text.Length, start + Width));
        var prefix = start > 0 ? Ellipsis : string.Empty;
        var suffix = end < text.Length ? Ellipsis : string.Empty;
        var (body, map) = Collapse(text, start, end, prefix.Length);
        var window = prefix + body + suffix;
        var highlights = merged
            .Where(s => s.Start >= start && s.End <= end)
            .Select(s => new SpanRecord(map[s.Start - start], map[s.End - start]))
            .Where(s => s.End > s.Start)
            .ToList();
        return new Snippet(window, highlights);
    }

    /// <summary>The match that starts the window holding the most matches (the earliest on ties).</summary>
    private static SpanRecord? BestAnchor(List<SpanRecord> spans)
    {
        SpanRecord? best = null;
        var bestCount = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var count = 0;
            for (var j = i; j < spans.Count && spans[j].End <= spans[i].Start + Width - LeadIn; j++)
            {
                count++;
            }
            if (count > bestCount)
            {
                (best, bestCount) = (spans[i], count);
            }
        }
        return best;
    }

    private static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }
        return at;
    }

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// The window with every run of white space (line breaks and no-break spaces included) made one
    /// space, and the map from each original offset in the window to its offset in the result.
    /// </summary>
    private static (string Text, int[] Map) Collapse(string text, int start, int end, int shift)
    {
        var result = new System.Text.StringBuilder(end - start);
        var map = new int[end - start + 1];
        for (var i = start; i < end; i++)
        {
            map[i - start] = result.Length + shift;
            if (!char.IsWhiteSpace(text[i]))
            {
                result.Append(text[i]);
            }
            else if (result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }
        map[end - start] = result.Length + shift;
        return (result.ToString(), map);
    }
}
