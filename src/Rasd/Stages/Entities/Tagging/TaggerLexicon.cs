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

    public int Count => _entries.Count;

    /// <summary>Every (class, folded phrase) pair, in the order added.</summary>
    public IReadOnlyList<(string Class, string Phrase)> Entries => _entries;

    /// <summary>Adds a phrase to a class; returns false when it folds to nothing or is already there.</summary>
    public bool Add(string className, string phrase)
    {
        var words = Tokenizer.Tokenize(ArabicNormalizer.Fold(phrase)).Select(t => t.Text).ToArray();
        if (words.Length == 0 || !_known.Add((className, string.Join(' ', words))))
        {
            return false;
        }
        _entries.Add((className, string.Join(' ', words)));
        var node = _root;
        foreach (var word in words)
        {
            if (!node.Next.TryGetValue(word, out var next))
            {
                node.Next[word] = next = new Node();
            }
            node = next;
        }
        node.Classes.Add(className);
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
        var marks = new List<string>[tokens.Count];
        for (var i = 0; i < marks.Length; i++)
        {
            marks[i] = [];
        }
        for (var start = 0; start < tokens.Count; start++)
        {
            foreach (var (stem, _) in Clitics.Readings(tokens[start]))
            {
                if (!_root.Next.TryGetValue(stem, out var node))
                {
                    continue;
                }
                var end = start + 1;
                while (true)
                {
                    foreach (var className in node.Classes)
                    {
                        Mark(marks, start, end, className);
                    }
                    if (end >= tokens.Count || !node.Next.TryGetValue(tokens[end], out var next))
                    {
                        break;
                    }
                    node = next;
                    end++;
                }
            }
        }
        return marks;
    }

    private static void Mark(List<string>[] marks, int start, int end, string className)
    {
        AddOnce(marks[start], "B-" + className);
        for (var i = start + 1; i < end; i++)
        {
            AddOnce(marks[i], "I-" + className);
        }
    }

    private static void AddOnce(List<string> list, string mark)
    {
        if (!list.Contains(mark))
        {
            list.Add(mark);
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);

        public List<string> Classes { get; } = [];
    }
}
