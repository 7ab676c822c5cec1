using System.Buffers;
using System.Text.RegularExpressions;

namespace Rasd.Stages.Quotes;

/// <summary>
/// Pairs quotation marks within a paragraph and returns the outermost quotations. Handles curly
/// “ ” and « » pairs, „ openers, straight quotes, a “ written as the closing mark, quotations
/// nested inside quotations, an ellipsis in quotes ("...") that marks omitted words, stray closing
/// marks, and an opening mark never closed (the quotation then runs to the end of the paragraph).
/// </summary>
public static partial class QuotationMarks
{
    /// <summary>Every mark the scan below acts on.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("”»“«„\"");

    public static IReadOnlyList<(int Start, int End, bool Closed)> Find(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOfAny(Marks) < 0)
        {
            // Most paragraphs quote nothing.
            return [];
        }
        var masked = new bool[end - start];
        foreach (var ellipsis in EllipsisInQuotes().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            for (var k = ellipsis.Index; k < ellipsis.Index + ellipsis.Length; k++)
            {
                masked[k] = true;
            }
        }
        var found = new List<(int, int, bool)>();
        var stack = new Stack<(int Position, char Mark)>();
        for (var i = start; i < end; i++)
        {
            if (masked[i - start])
            {
                continue;
            }
            var c = text[i];
            var closes = ClosingContext(text, i, end);
            switch (c)
            {
                case '”' or '»':
                    Close(stack, found, i);
                    break;
                case '“' when stack.Count > 0 && stack.Peek().Mark == '“' && closes:
                    Close(stack, found, i);
                    break;
                case '“' or '«' or '„':
                    stack.Push((i, c));
                    break;
                case '"' when stack.Count > 0 && stack.Peek().Mark == '"' && (closes || !OpeningContext(text, i, end)):
                    Close(stack, found, i);
                    break;
                case '"' when OpeningContext(text, i, end):
                    stack.Push((i, c));
                    break;
            }
        }
        while (stack.Count > 1)
        {
            stack.Pop();
        }
        if (stack.Count == 1)
        {
            found.Add((stack.Pop().Position + 1, end, false));
        }
        return found.Select(q => Trim(text, q.Item1, q.Item2, q.Item3)).Where(q => q.End > q.Start).OrderBy(q => q.Start).ToList();
    }

    private static void Close(Stack<(int Position, char Mark)> stack, List<(int, int, bool)> found, int at)
    {
        if (stack.Count == 0)
        {
            return;
        }
        var (position, _) = stack.Pop();
        if (stack.Count == 0)
        {
            found.Add((position + 1, at, true));
        }
    }

    /// <summary>A mark right after a word and before a space, punctuation or the end reads as a closing mark.</summary>
    private static bool ClosingContext(string text, int i, int end) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]));

    /// <summary>A mark before a word (or an opening parenthesis) reads as an opening mark.</summary>
    private static bool OpeningContext(string text, int i, int end) =>
        i + 1 < end && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '(' or '«' or '“');

    private static (int Start, int End, bool Closed) Trim(string text, int start, int end, bool closed)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || (!closed && text[end - 1] is '.' or '"' or '”')))
        {
            end--;
        }
        return (start, end, closed);
    }

    [GeneratedRegex("[\"“”]\\s*(?:\\.{2,}|…)\\s*[\"“”]")]
    private static partial Regex EllipsisInQuotes();
}
