using Rasd.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Named word lists the tagger uses as features: gazetteers (PER, LOC, ORG phrases) and cue words
/// (titles, reporting verbs, organization and place heads). Phrases are folded and tokenized like
/// the tagger's input and found with a trie; the first word of a match may carry proclitics
/// (وبريطانيا، للرئيس), as in the pipeline's own <see cref="PhraseMatcher{T}"/>. The lists are saved
/// inside the model so that a model always sees the lists it was trained with.
/// </summary>
public sealed class TaggerLexicon
{
    private readonly Node _root = new();
    private readonly List<(string Class, string Phrase)> _entries = [];
    private readonly HashSet<(string Class, string Phrase)> _known = [];
    private readonly List<string> _classes = [];
    private readonly Dictionary<string, int> _classIndex = new(StringComparer.Ordinal);
    private readonly List<ulong> _markKeys = [];

    public int Count => _entries.Count;

    /// <summary>Every (class, folded phrase) pair, in the order added.</summary>
    public IReadOnlyList<(string Class, string Phrase)> Entries => _entries;

    /// <summary>Adds a phrase to a class; returns false when it folds to nothing or is already there.</summary>
    public bool Add(string className, string phrase)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Fold(phrase));
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = tokens[i].Text;
        }
        return Add(className, words, string.Join(' ', words));
    }

    /// <summary>
    /// Adds a phrase as <see cref="Entries"/> holds it (folded, its words joined by single spaces),
    /// as a saved model does, without folding and tokenizing it again: the same as
    /// <see cref="Add(string, string)"/> for such a phrase, because folding and tokenizing are
    /// idempotent, at a fraction of the cost when tens of thousands of phrases load at start-up.
    /// </summary>
    public bool AddFolded(string className, string foldedPhrase) =>
        Add(className, foldedPhrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), foldedPhrase);

    private bool Add(string className, string[] words, string joined)
    {
        if (words.Length == 0 || !_known.Add((className, joined)))
        {
            return false;
        }
        _entries.Add((className, joined));
        var node = _root;
        foreach (var word in words)
        {
            node = node.GetOrAdd(word);
        }
        node.AddClass(ClassIndex(className));
        return true;
    }

    public void AddRange(string className, IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            Add(className, phrase);
        }
    }

    /// <summary>
    /// For each token, the classes of every phrase that covers it, as <c>B-CLASS</c> where the phrase
    /// starts and <c>I-CLASS</c> inside it. Overlapping matches all count: they are only features.
    /// </summary>
    public List<string>[] Annotate(IReadOnlyList<string> tokens)
    {
        var marks = new LexiconMarks();
        Annotate(tokens, marks);
        return Enumerable.Range(0, tokens.Count)
            .Select(t => marks[t].Select(mark => (LexiconMarks.IsInside(mark) ? "I-" : "B-") + _classes[LexiconMarks.ClassOf(mark)]).ToList())
            .ToArray();
    }

    /// <summary>The marks of <see cref="Annotate(IReadOnlyList{string})"/> as class indices, into reused lists.</summary>
    internal void Annotate(IReadOnlyList<string> tokens, LexiconMarks marks)
    {
        marks.Reset(tokens.Count);
        if (_root.Next is not { Count: > 0 } rootNext)
        {
            return;
        }
        var firstWords = rootNext.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<(int Skip, bool ArticleAfterLam)> readings = stackalloc (int, bool)[Clitics.MaxReadings];
        Span<char> restored = stackalloc char[64];
        for (var start = 0; start < tokens.Count; start++)
        {
            var token = tokens[start];
            var count = Clitics.ReadingOffsets(token, readings);
            for (var r = 0; r < count; r++)
            {
                var (skip, articleAfterLam) = readings[r];
                var stem = TokenView.ReadingText(token, skip, articleAfterLam, restored);
                if (!firstWords.TryGetValue(stem, out var node))
                {
                    continue;
                }
                var end = start + 1;
                while (true)
                {
                    foreach (var classIndex in node.Classes)
                    {
                        marks.AddOnce(start, LexiconMarks.Mark(classIndex, inside: false));
                        for (var i = start + 1; i < end; i++)
                        {
                            marks.AddOnce(i, LexiconMarks.Mark(classIndex, inside: true));
                        }
                    }
                    if (end >= tokens.Count || node.Next is null || !node.Next.TryGetValue(tokens[end], out var next))
                    {
                        break;
                    }
                    node = next;
                    end++;
                }
            }
        }
    }

    /// <summary>
    /// The hash of a mark's name (<c>B-PER</c>, <c>I-TITLE</c>): keys come from the class names, never
    /// from the order classes were added in.
    /// </summary>
    internal ulong MarkKey(int mark) => _markKeys[mark];

    private int ClassIndex(string className)
    {
        if (!_classIndex.TryGetValue(className, out var index))
        {
            index = _classes.Count;
            _classIndex.Add(className, index);
            _classes.Add(className);
            _markKeys.Add(FeatureKey.Text("B-" + className));
            _markKeys.Add(FeatureKey.Text("I-" + className));
        }
        return index;
    }

    /// <summary>A trie node; most are leaves, so the map of next words and the class list exist only once filled.</summary>
    private sealed class Node
    {
        private static readonly int[] NoClasses = [];

        public Dictionary<string, Node>? Next { get; private set; }

        public int[] Classes { get; private set; } = NoClasses;

        public Node GetOrAdd(string word)
        {
            Next ??= new Dictionary<string, Node>(1, StringComparer.Ordinal);
            if (!Next.TryGetValue(word, out var next))
            {
                Next[word] = next = new Node();
            }
            return next;
        }

        public void AddClass(int classIndex) => Classes = [.. Classes, classIndex];
    }
}
