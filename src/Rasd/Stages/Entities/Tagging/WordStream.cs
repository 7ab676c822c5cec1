namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Unlabeled text as the trainers of word representations read it: each distinct folded token
/// once with its count, and the text as a stream of token ids with a boundary after each sentence,
/// so that 17 M tokens take one int each rather than a string.
/// </summary>
public sealed class WordStream
{
    /// <summary>The id in <see cref="Ids"/> that ends a sentence.</summary>
    public const int Boundary = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<long> _counts = [];
    private readonly List<int> _stream = [];

    /// <summary>Tokens added so far.</summary>
    public long Tokens { get; private set; }

    /// <summary>Each distinct token, in the order first seen.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>How often each of <see cref="Words"/> occurs.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>The text: token ids, each sentence followed by <see cref="Boundary"/>.</summary>
    public IReadOnlyList<int> Ids => _stream;

    public void Add(IReadOnlyList<string> sentence)
    {
        if (sentence.Count == 0)
        {
            return;
        }
        foreach (var word in sentence)
        {
            if (!_ids.TryGetValue(word, out var id))
            {
                id = _words.Count;
                _ids.Add(word, id);
                _words.Add(word);
                _counts.Add(0);
            }
            _counts[id]++;
            _stream.Add(id);
        }
        _stream.Add(Boundary);
        Tokens += sentence.Count;
    }
}
