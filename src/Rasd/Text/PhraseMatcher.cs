namespace Rasd.Text;

/// <summary>
/// Finds known multi-word phrases in a token sequence: a trie over normalized words, longest match
/// first. The first word may carry proclitics (وروسيا، بالاتحاد); words after it must match exactly,
/// and a phrase never runs across sentence punctuation.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private const int ShapeBits = 1 << 16;

    private readonly Node _root = new();
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    /// <summary>
    /// A bit for each shape (length, first and last letter) some phrase's first word has: most
    /// readings of most tokens have a shape no first word has and are turned away without hashing
    /// the reading or probing the dictionary, which for a gazetteer is a cache miss.
    /// </summary>
    private readonly ulong[] _firstWordShapes = new ulong[ShapeBits / 64];

    public PhraseMatcher() => _firstWords = _root.Next.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0)
        {
            return;
        }
        var first = words[0];
        if (first.Length > 0)
        {
            var shape = ShapeOf(first.Length, first[0], first[^1]);
            _firstWordShapes[shape >> 6] |= 1UL << shape;
        }
        var node = _root;
        foreach (var word in words)
        {
            if (!node.Next.TryGetValue(word, out var next))
            {
                node.Next[word] = next = new Node();
            }
            node = next;
        }
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
            Count++;
        }
    }

    public void Add(string phrase, T value) => Add(Words(phrase), value);

    /// <summary>A matcher of phrases that stand for themselves (cue lists, modifiers).</summary>
    public static PhraseMatcher<string> Of(IEnumerable<string> phrases)
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, phrase);
        }
        return matcher;
    }

    /// <summary>Normalizes and splits a phrase the way document tokens are made.</summary>
    public static IReadOnlyList<string> Words(string phrase) =>
        Tokenizer.Tokenize(ArabicNormalizer.Fold(phrase)).Select(t => t.Text).ToList();

    /// <summary>The longest phrase starting at <paramref name="index"/>, or null.</summary>
    public PhraseMatch<T>? LongestAt(string normalized, IReadOnlyList<Token> tokens, int index)
    {
        // The best match so far, as the node it ends on: a match is made only for the one returned.
        Node? bestNode = null;
        var bestEnd = 0;
        var bestPrefix = 0;
        var word = tokens[index].Text;
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        Span<char> restored = stackalloc char[64];
        var count = Clitics.ReadingOffsets(word, readings);
        for (var r = 0; r < count; r++)
        {
            var (skip, articleAfterLam) = readings[r];
            Node? node;
            if (!MayBeFirstWord(word.Length - skip + (articleAfterLam ? 1 : 0), articleAfterLam ? 'ا' : word[skip], word[^1]))
            {
                continue;
            }
            if (articleAfterLam)
            {
                // The reading with the article's alef put back (للتعاون → التعاون), without building its string.
                var length = word.Length - skip + 1;
                var reading = length <= restored.Length ? restored[..length] : (Span<char>)new char[length];
                reading[0] = 'ا';
                word.AsSpan(skip).CopyTo(reading[1..]);
                if (!_firstWords.TryGetValue(reading, out node))
                {
                    continue;
                }
            }
            else if (!_firstWords.TryGetValue(word.AsSpan(skip), out node))
            {
                continue;
            }
            var end = index + 1;
            var candidateNode = node.Values.Count > 0 ? node : null;
            var candidateEnd = end;
            while (end < tokens.Count && !BreaksPhrase(normalized, tokens[end - 1].End, tokens[end].Start) && node.Next.TryGetValue(tokens[end].Text, out var next))
            {
                node = next;
                end++;
                if (node.Values.Count > 0)
                {
                    candidateNode = node;
                    candidateEnd = end;
                }
            }
            if (candidateNode is not null && (bestNode is null || candidateEnd > bestEnd))
            {
                bestNode = candidateNode;
                bestEnd = candidateEnd;
                bestPrefix = skip;
            }
        }
        return bestNode is null ? null : new PhraseMatch<T>(index, bestEnd, bestPrefix, bestNode.Values);
    }

    private bool MayBeFirstWord(int length, char first, char last)
    {
        var shape = ShapeOf(length, first, last);
        return (_firstWordShapes[shape >> 6] & (1UL << shape)) != 0;
    }

    private static int ShapeOf(int length, char first, char last) =>
        (int)((((uint)Math.Min(length, 63) * 0x9E3779B1u) ^ (first * 0x85EBCA6Bu) ^ (last * 0xC2B2AE35u)) >> 16);

    /// <summary>All longest, non-overlapping matches from left to right.</summary>
    public IEnumerable<PhraseMatch<T>> FindAll(string normalized, IReadOnlyList<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(normalized, tokens, i);
            if (match is null)
            {
                i++;
                continue;
            }
            yield return match;
            i = match.TokenEnd;
        }
    }

    /// <summary>
    /// Whether the characters between two words stop a phrase: sentence and clause punctuation, or
    /// a paragraph break. A single line break inside running text does not: a name wrapped onto
    /// the next line is still one name.
    /// </summary>
    private static bool BreaksPhrase(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '.' or '،' or ',' or '؛' or ';' or ':' or '!' or '?' or '؟' or '(' or ')' or '[' or ']':
                    return true;
                case '\n':
                    newlines++;
                    break;
            }
        }
        return newlines > 1;
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);

        public List<T> Values { get; } = [];
    }
}

/// <summary>A phrase found at tokens [TokenStart, TokenEnd); the first token has a proclitic of PrefixLength characters.</summary>
public sealed record PhraseMatch<T>(int TokenStart, int TokenEnd, int PrefixLength, IReadOnlyList<T> Values);
