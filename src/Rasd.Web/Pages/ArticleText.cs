using System.Text;
using Rasd.Web.Pages.Rendering;

namespace Rasd.Web.Pages;

/// <summary>A highlighted span of an article: its kind (a CSS class), the anchor id facts link to, and what focus or hover shows.</summary>
internal sealed record Highlight(int Start, int End, string Kind, string Anchor, string Tip);

/// <summary>
/// Renders an article's text with its facts highlighted. Quotes are the outer layer; entities,
/// amounts and times the inner one, nested inside a quote when they fall in it. A span that would
/// cross another (HTML elements nest, spans need not) is not drawn but keeps an empty anchor at its
/// start, so every fact of the side panel still leads to its place in the text. Every piece of
/// text is encoded; offsets are UTF-16 code units as in the record.
/// </summary>
internal static class ArticleText
{
    public static string QuoteAnchor(int start, int end) => $"q-{start}-{end}";

    public static string MentionAnchor(int start, int end) => $"m-{start}-{end}";

    public static string AmountAnchor(int start, int end) => $"a-{start}-{end}";

    public static string TimeAnchor(int start, int end) => $"t-{start}-{end}";

    public static string EvidenceAnchor(int start, int end) => $"e-{start}-{end}";

    public static Markup Render(string text, IEnumerable<Highlight> outer, IEnumerable<Highlight> inner, IEnumerable<(int Position, string Anchor)> anchors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var spareAnchors = new List<(int Position, string Anchor)>();
        var quotes = KeepNested(outer, text.Length, ids, spareAnchors, blockers: []);
        var facts = KeepNested(inner, text.Length, ids, spareAnchors, blockers: quotes);
        foreach (var (position, anchor) in anchors)
        {
            if (position >= 0 && position <= text.Length && ids.Add(anchor))
            {
                spareAnchors.Add((position, anchor));
            }
        }
        spareAnchors.Sort((x, y) => x.Position.CompareTo(y.Position));
        var writer = new Writer(text, spareAnchors);
        var at = 0;
        var next = 0;
        foreach (var quote in quotes)
        {
            next = writer.Range(at, quote.Start, facts, next);
            writer.Open(quote);
            next = writer.Range(quote.Start, quote.End, facts, next);
            writer.Close(quote);
            at = quote.End;
        }
        writer.Range(at, text.Length, facts, next);
        writer.Anchors(text.Length + 1);
        return new Markup(writer.ToString());
    }

    /// <summary>The spans that fit: inside the text, not crossing one kept before, and either inside or outside each blocker.</summary>
    private static List<Highlight> KeepNested(IEnumerable<Highlight> spans, int length, HashSet<string> ids, List<(int, string)> spareAnchors, List<Highlight> blockers)
    {
        var kept = new List<Highlight>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (span.Start < 0 || span.End > length || span.Start >= span.End || ids.Contains(span.Anchor))
            {
                continue;
            }
            ids.Add(span.Anchor);
            var crosses = (kept.Count > 0 && span.Start < kept[^1].End)
                || blockers.Any(b => span.Start < b.End && b.Start < span.End && !(b.Start <= span.Start && span.End <= b.End));
            if (crosses)
            {
                spareAnchors.Add((span.Start, span.Anchor));
            }
            else
            {
                kept.Add(span);
            }
        }
        return kept;
    }

    private sealed class Writer(string text, List<(int Position, string Anchor)> anchors)
    {
        private readonly StringBuilder _html = new(text.Length * 2);
        private int _nextAnchor;

        /// <summary>Writes text from start to end with the facts inside it; returns the index of the first fact not yet written.</summary>
        public int Range(int start, int end, List<Highlight> facts, int next)
        {
            var at = start;
            while (next < facts.Count && facts[next].Start < end)
            {
                var fact = facts[next++];
                if (fact.Start < at)
                {
                    continue;
                }
                Text(at, fact.Start);
                Open(fact);
                Text(fact.Start, fact.End);
                Close(fact);
                at = fact.End;
            }
            Text(at, end);
            return next;
        }

        public void Open(Highlight h) => _html.Append(Html.H($"<mark class=\"hl hl-{h.Kind}\" id=\"{h.Anchor}\" tabindex=\"0\" aria-describedby=\"{h.Anchor}-tip\">").Value);

        public void Close(Highlight h) => _html.Append(Html.H($"<span class=\"tip\" role=\"tooltip\" id=\"{h.Anchor}-tip\">{h.Tip}</span></mark>").Value);

        /// <summary>Writes the empty anchors placed before <paramref name="position"/>.</summary>
        public void Anchors(int position)
        {
            while (_nextAnchor < anchors.Count && anchors[_nextAnchor].Position < position)
            {
                _html.Append(Html.H($"<span class=\"anchor\" id=\"{anchors[_nextAnchor].Anchor}\"></span>").Value);
                _nextAnchor++;
            }
        }

        public override string ToString() => _html.ToString();

        private void Text(int start, int end)
        {
            var at = start;
            while (_nextAnchor < anchors.Count && anchors[_nextAnchor].Position < end)
            {
                var position = Math.Max(at, anchors[_nextAnchor].Position);
                _html.Append(Html.Encoder.Encode(text[at..position]));
                at = position;
                Anchors(position + 1);
            }
            _html.Append(Html.Encoder.Encode(text[at..end]));
        }
    }
}
