namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Word vectors built from a word's own row and the rows of its character n-grams (Bojanowski et
/// al. 2017, fastText): a word's vector is the mean of its rows, so a word the training text never
/// had, or had too rarely for a row of its own, still gets a vector from the pieces it shares with
/// known words (the -وف of Russian surnames, the ال of a definite noun). Made by <see cref="SkipGramTrainer"/>.
/// </summary>
public sealed class SubwordEmbeddings
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly float[] _rows;
    private readonly SkipGramOptions _options;

    internal SubwordEmbeddings(Dictionary<string, int> vocabulary, float[] rows, SkipGramOptions options)
    {
        _vocabulary = vocabulary;
        _rows = rows;
        _options = options;
    }

    public int Dimension => _options.Dimension;

    /// <summary>Words with a row of their own.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>Writes the unit-length vector of <paramref name="word"/> into <paramref name="vector"/>.</summary>
    public void VectorOf(string word, Span<float> vector)
    {
        var rows = new List<int>();
        RowsOf(word, _vocabulary.TryGetValue(word, out var own) ? own : -1, _vocabulary.Count, _options, rows);
        vector.Clear();
        foreach (var row in rows)
        {
            FloatVectors.AddScaled(vector, 1, _rows.AsSpan(row * Dimension, Dimension));
        }
        FloatVectors.Normalize(vector);
    }

    /// <summary>
    /// The input rows of a word: its own (when <paramref name="own"/> ≥ 0), then one per character
    /// n-gram of the word wrapped in &lt; and &gt;, hashed (FNV-1a over UTF-16 code units, fixed
    /// across runs) into the bucket rows that follow the <paramref name="vocabularySize"/> word rows.
    /// </summary>
    internal static void RowsOf(string word, int own, int vocabularySize, SkipGramOptions options, List<int> rows)
    {
        rows.Clear();
        if (own >= 0)
        {
            rows.Add(own);
        }
        var wrapped = string.Concat("<", word, ">");
        for (var n = options.MinN; n <= options.MaxN; n++)
        {
            for (var start = 0; start + n <= wrapped.Length; start++)
            {
                var hash = 2166136261u;
                foreach (var c in wrapped.AsSpan(start, n))
                {
                    hash = (hash ^ c) * 16777619u;
                }
                rows.Add(vocabularySize + (int)(hash % (uint)options.Buckets));
            }
        }
    }
}
