using Rasd.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The names a first tagging pass found in a document, kept by the readings (without proclitics)
/// of every word inside them, with the entity's type and the word's place in it. For a token of a
/// sentence it tells how the other mentions of the same word in the document were tagged
/// (<see cref="DocumentMentions"/>): names repeat within an article, and the later, bare mentions
/// (a surname alone, a club without its title) are the hard ones.
/// </summary>
internal sealed class DocumentMemory
{
    /// <summary>Words shorter than this are too ambiguous to carry a name across sentences.</summary>
    private const int MinimumLength = 3;

    private readonly List<List<(string Stem, int Slot)>> _names = [];

    /// <summary>Shared by the sentences without names; never added to.</summary>
    private static readonly List<(string Stem, int Slot)> NoNames = [];
    private readonly List<IReadOnlyList<string>> _tokens = [];

    /// <param name="sentences">Each sentence's tokens and the entities the first pass found in it.</param>
    public DocumentMemory(IReadOnlyList<(IReadOnlyList<string> Tokens, List<EntitySpan> Spans)> sentences)
    {
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        Span<char> restored = stackalloc char[64];
        foreach (var (tokens, spans) in sentences)
        {
            var names = spans.Count == 0 ? NoNames : new List<(string, int)>();
            foreach (var span in spans)
            {
                for (var t = span.Start; t < span.End; t++)
                {
                    if (tokens[t].Length < MinimumLength)
                    {
                        continue;
                    }
                    var slot = DocumentMentions.Slot(span.Type, DocumentMentions.RoleOf(t, span));
                    // The readings of Clitics.Readings, without its iterator: tagging a document builds this for every name.
                    var count = Clitics.ReadingOffsets(tokens[t], readings);
                    for (var r = 0; r < count; r++)
                    {
                        var (skip, articleAfterLam) = readings[r];
                        names.Add((skip == 0 && !articleAfterLam ? tokens[t] : TokenView.ReadingText(tokens[t], skip, articleAfterLam, restored).ToString(), slot));
                    }
                }
            }
            _names.Add(names);
            _tokens.Add(tokens);
        }
    }

    /// <summary>Mention counts by stem over the sentences [<see cref="_from"/>, <see cref="_to"/>] of the last call, slid rather than recounted.</summary>
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private int _from;
    private int _to = -1;

    /// <summary>
    /// For sentence <paramref name="index"/>, the tokens that read like a word of a name found
    /// within <paramref name="window"/> sentences either side, with how the other mentions were
    /// tagged: the token's own mention (in <paramref name="spans"/>, the first pass's entities of
    /// this sentence) is left out, so that the counts say only what the rest of the document adds.
    /// Called for sentences in order, the counts of the window slide forward, so a whole document
    /// costs one pass over its names rather than one per sentence.
    /// </summary>
    public List<(int Token, DocumentMentions Mentions)> Mentions(int index, int window, IReadOnlyList<EntitySpan> spans)
    {
        Slide(index, window);
        var found = new List<(int, DocumentMentions)>();
        if (_counts.Count == 0)
        {
            return found;
        }
        var tokens = _tokens[index];
        var ownSlots = new int[tokens.Count];
        Array.Fill(ownSlots, -1);
        foreach (var span in spans)
        {
            for (var t = span.Start; t < span.End; t++)
            {
                ownSlots[t] = DocumentMentions.Slot(span.Type, DocumentMentions.RoleOf(t, span));
            }
        }
        // The readings are looked up as spans of the token, in the order Clitics.Readings gives them,
        // rather than built as strings for every token.
        var byStem = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        Span<char> restored = stackalloc char[64];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Length < MinimumLength)
            {
                continue;
            }
            var count = Clitics.ReadingOffsets(tokens[t], readings);
            for (var r = 0; r < count; r++)
            {
                var (skip, articleAfterLam) = readings[r];
                if (byStem.TryGetValue(TokenView.ReadingText(tokens[t], skip, articleAfterLam, restored), out var counts)
                    && DocumentMentions.Others(counts, ownSlots[t]) is { } others)
                {
                    found.Add((t, others));
                    break;
                }
            }
        }
        return found;
    }

    private void Slide(int index, int window)
    {
        var from = (int)Math.Max(0, (long)index - window);
        var to = (int)Math.Min(_names.Count - 1, (long)index + window);
        if (from < _from || to < _to || from > _to + 1)
        {
            _counts.Clear();
            (_from, _to) = (from, from - 1);
        }
        for (; _from < from; _from++)
        {
            Count(_from, -1);
        }
        for (; _to < to; _to++)
        {
            Count(_to + 1, +1);
        }
    }

    private void Count(int sentence, int change)
    {
        foreach (var (stem, slot) in _names[sentence])
        {
            if (!_counts.TryGetValue(stem, out var counts))
            {
                _counts[stem] = counts = new int[DocumentMentions.SlotCount];
            }
            counts[slot] += change;
            if (change < 0 && !counts.AsSpan().ContainsAnyExcept(0))
            {
                _counts.Remove(stem);
            }
        }
    }
}
