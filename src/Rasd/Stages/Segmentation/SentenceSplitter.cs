namespace Rasd.Stages.Segmentation;

/// <summary>
/// Splits a paragraph into sentences at . ! ? ؟ … followed by a space or the end, never inside a
/// quotation (“ ” « » „ and straight quotes, which toggle) and never inside a number (13.6).
/// </summary>
public static class SentenceSplitter
{
    public static IEnumerable<(int Start, int End)> Split(string text, int start, int end)
    {
        var depth = 0;
        var straightOpen = false;
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '“' or '«' or '„':
                    depth++;
                    continue;
                case '”' or '»':
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0 && !straightOpen && IsTerminatorBefore(text, i, sentenceStart))
                    {
                        goto case '\0';
                    }
                    continue;
                case '"':
                    straightOpen = !straightOpen;
                    if (!straightOpen && depth == 0 && IsTerminatorBefore(text, i, sentenceStart))
                    {
                        goto case '\0';
                    }
                    continue;
                case '\0':
                    if (IsBoundaryAfter(text, i, end))
                    {
                        var (s, e) = Trim(text, sentenceStart, i + 1);
                        if (e > s)
                        {
                            yield return (s, e);
                        }
                        sentenceStart = i + 1;
                    }
                    continue;
            }
            if (depth > 0 || straightOpen || !IsTerminator(c))
            {
                continue;
            }
            if (c == '.' && i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                continue;
            }
            while (i + 1 < end && (IsTerminator(text[i + 1]) || text[i + 1] is ')' or ']'))
            {
                i++;
            }
            if (IsBoundaryAfter(text, i, end))
            {
                var (s, e) = Trim(text, sentenceStart, i + 1);
                if (e > s)
                {
                    yield return (s, e);
                }
                sentenceStart = i + 1;
            }
        }
        var (ls, le) = Trim(text, sentenceStart, end);
        if (le > ls)
        {
            yield return (ls, le);
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '…';

    private static bool IsTerminatorBefore(string text, int quote, int floor) => quote - 1 >= floor && IsTerminator(text[quote - 1]);

    private static bool IsBoundaryAfter(string text, int i, int end) => i + 1 >= end || char.IsWhiteSpace(text[i + 1]);

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
