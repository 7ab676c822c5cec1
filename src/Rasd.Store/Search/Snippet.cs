using System.Text;
using Rasd.Records;

namespace Rasd.Store.Search;

/// <summary>A short window of an article's text with the spans that matched the query.</summary>
public sealed record Snippet(string Text, IReadOnlyList<SpanRecord> Highlights)
{
    /// <summary>The text with every highlight wrapped in the given markers.</summary>
    public string Marked(string open, string close)
    {
        var marked = new StringBuilder(Text.Length + (Highlights.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var span in Highlights)
        {
            marked.Append(Text, at, span.Start - at).Append(open).Append(Text, span.Start, span.End - span.Start).Append(close);
            at = span.End;
        }
        return marked.Append(Text, at, Text.Length - at).ToString();
    }
}
