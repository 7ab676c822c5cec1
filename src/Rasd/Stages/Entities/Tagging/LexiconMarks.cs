namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The lexicon marks of each token of a sentence (<see cref="TaggerLexicon.Annotate(IReadOnlyList{string}, LexiconMarks)"/>):
/// a mark is a class index times two, plus one inside a phrase (I-) and zero where it starts (B-).
/// The lists are kept and cleared from sentence to sentence, so marking allocates nothing once warm.
/// </summary>
internal sealed class LexiconMarks
{
    private List<int>[] _marks = [];

    public int TokenCount { get; private set; }

    public List<int> this[int token] => _marks[token];

    public static int Mark(int classIndex, bool inside) => classIndex * 2 + (inside ? 1 : 0);

    public static int ClassOf(int mark) => mark >> 1;

    public static bool IsInside(int mark) => (mark & 1) == 1;

    public void Reset(int tokenCount)
    {
        if (_marks.Length < tokenCount)
        {
            var grown = new List<int>[Math.Max(tokenCount, _marks.Length * 2)];
            _marks.CopyTo(grown, 0);
            for (var i = _marks.Length; i < grown.Length; i++)
            {
                grown[i] = [];
            }
            _marks = grown;
        }
        for (var i = 0; i < tokenCount; i++)
        {
            _marks[i].Clear();
        }
        TokenCount = tokenCount;
    }

    public void AddOnce(int token, int mark)
    {
        if (!_marks[token].Contains(mark))
        {
            _marks[token].Add(mark);
        }
    }
}
