namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Clusters words by the words around them with the exchange algorithm (Kneser &amp; Ney 1993,
/// Martin et al. 1998): start from an arbitrary partition into a fixed number of classes, then
/// move each word to the class that most raises the likelihood of a class-bigram model of the
/// text, and repeat. Words that follow and precede the same kinds of words end up together:
/// foreign surnames with foreign surnames, cities with cities. Brown clustering gives a hierarchy
/// too but costs far more; flat clusterings at several sizes give the tagger coarse and fine views
/// instead. Deterministic: words are visited in frequency order, ties keep the word where it is,
/// and the candidate classes of a word, scored in parallel, are compared in class order.
/// </summary>
public static class ExchangeClustering
{
    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> (folded tokens) seen at least
    /// <paramref name="minCount"/> times, once per entry of <paramref name="classCounts"/>; each
    /// word gets its class at each size, coarse to fine.
    /// </summary>
    public static WordClusters Cluster(IEnumerable<IReadOnlyList<string>> sentences, IReadOnlyList<int> classCounts, int minCount = 3, int passes = 8)
    {
        var text = new BigramText();
        foreach (var sentence in sentences)
        {
            text.Add(sentence);
        }
        return Cluster(text, classCounts, minCount, passes).Clusters;
    }

    /// <summary>
    /// Clusters the words of <paramref name="text"/> seen at least <paramref name="minCount"/> times
    /// at each size of <paramref name="classCounts"/>; also returns each clustered word's count.
    /// <paramref name="progress"/> hears of each finished pass (size, pass, words moved).
    /// </summary>
    public static (WordClusters Clusters, IReadOnlyDictionary<string, long> Counts) Cluster(BigramText text, IReadOnlyList<int> classCounts, int minCount, int passes, Action<int, int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var corpus = text.Build(minCount);
        var assignments = classCounts.Select(count => Exchange(corpus, count, passes, progress)).ToList();
        var paths = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var w = Corpus.FirstRealWord; w < corpus.Words.Length; w++)
        {
            paths[corpus.Words[w]] = [.. assignments.Select(classes => classes[w])];
            counts[corpus.Words[w]] = corpus.Counts[w];
        }
        return (new WordClusters(paths), counts);
    }

    private static int[] Exchange(Corpus corpus, int classCount, int passes, Action<int, int, int>? progress)
    {
        var wordCount = corpus.Words.Length;
        classCount = Math.Min(classCount, wordCount);
        var classOf = new int[wordCount];
        // Frequency order round-robin: the commonest words start in different classes.
        for (var w = 0; w < wordCount; w++)
        {
            classOf[w] = w % classCount;
        }
        var bigrams = new long[classCount * classCount];
        var unigrams = new long[classCount];
        for (var w = 0; w < wordCount; w++)
        {
            unigrams[classOf[w]] += corpus.Counts[w];
            for (var e = corpus.FollowingStart[w]; e < corpus.FollowingStart[w + 1]; e++)
            {
                bigrams[classOf[w] * classCount + classOf[corpus.FollowingWord[e]]] += corpus.FollowingCount[e];
            }
        }
        var toClass = new long[classCount];
        var fromClass = new long[classCount];
        var gains = new double[classCount];
        var touched = new List<int>();
        for (var pass = 0; pass < passes; pass++)
        {
            var moves = 0;
            for (var w = 0; w < wordCount; w++)
            {
                // Bigrams between w and each class (w itself excluded: its self-bigrams are counted apart).
                long self = 0;
                touched.Clear();
                for (var e = corpus.FollowingStart[w]; e < corpus.FollowingStart[w + 1]; e++)
                {
                    var next = corpus.FollowingWord[e];
                    if (next == w)
                    {
                        self += corpus.FollowingCount[e];
                        continue;
                    }
                    var c = classOf[next];
                    if (toClass[c] == 0 && fromClass[c] == 0)
                    {
                        touched.Add(c);
                    }
                    toClass[c] += corpus.FollowingCount[e];
                }
                for (var e = corpus.PrecedingStart[w]; e < corpus.PrecedingStart[w + 1]; e++)
                {
                    var previous = corpus.PrecedingWord[e];
                    if (previous == w)
                    {
                        continue;
                    }
                    var c = classOf[previous];
                    if (toClass[c] == 0 && fromClass[c] == 0)
                    {
                        touched.Add(c);
                    }
                    fromClass[c] += corpus.PrecedingCount[e];
                }
                var own = classOf[w];
                var frequency = corpus.Counts[w];
                var move = new Move(bigrams, unigrams, classCount, toClass, fromClass, [.. touched], self, frequency);
                move.Apply(own, -1);
                // Scoring every class is the whole cost; on a big vocabulary it is shared between cores.
                if ((long)classCount * move.Touched.Length >= 1 << 16)
                {
                    Parallel.For(0, 4, part =>
                    {
                        for (var candidate = part; candidate < classCount; candidate += 4)
                        {
                            gains[candidate] = move.Gain(candidate);
                        }
                    });
                }
                else
                {
                    for (var candidate = 0; candidate < classCount; candidate++)
                    {
                        gains[candidate] = move.Gain(candidate);
                    }
                }
                var best = own;
                var bestGain = gains[own];
                for (var candidate = 0; candidate < classCount; candidate++)
                {
                    if (candidate != own && gains[candidate] > bestGain + 1e-9)
                    {
                        best = candidate;
                        bestGain = gains[candidate];
                    }
                }
                move.Apply(best, +1);
                if (best != own)
                {
                    classOf[w] = best;
                    moves++;
                }
                foreach (var c in touched)
                {
                    toClass[c] = 0;
                    fromClass[c] = 0;
                }
            }
            progress?.Invoke(classCount, pass + 1, moves);
            if (moves == 0)
            {
                break;
            }
        }
        return classOf;
    }

    /// <summary>One word taken out of its class and scored against every class it could join.</summary>
    private readonly struct Move(long[] bigrams, long[] unigrams, int classCount, long[] toClass, long[] fromClass, int[] touched, long self, long frequency)
    {
        public int[] Touched => touched;

        /// <summary>Adds (sign +1) or removes (sign -1) the word's bigram and unigram counts to or from class <paramref name="target"/>.</summary>
        public void Apply(int target, int sign)
        {
            foreach (var c in touched)
            {
                bigrams[target * classCount + c] += sign * toClass[c];
                bigrams[c * classCount + target] += sign * fromClass[c];
            }
            bigrams[target * classCount + target] += sign * self;
            unigrams[target] += sign * frequency;
        }

        /// <summary>
        /// How much the class-bigram log-likelihood, Σ N(a,b) log N(a,b) − 2 Σ N(a) log N(a), rises when
        /// the (removed) word joins class <paramref name="target"/>. Only the cells the word touches change.
        /// </summary>
        public double Gain(int target)
        {
            var gain = 0.0;
            var diagonalAdded = self;
            var row = target * classCount;
            foreach (var c in touched)
            {
                if (c == target)
                {
                    diagonalAdded += toClass[c] + fromClass[c];
                    continue;
                }
                var to = toClass[c];
                if (to > 0)
                {
                    var cell = bigrams[row + c];
                    gain += XLogX(cell + to) - XLogX(cell);
                }
                var from = fromClass[c];
                if (from > 0)
                {
                    var cell = bigrams[c * classCount + target];
                    gain += XLogX(cell + from) - XLogX(cell);
                }
            }
            var diagonal = bigrams[row + target];
            gain += XLogX(diagonal + diagonalAdded) - XLogX(diagonal);
            gain -= 2 * (XLogX(unigrams[target] + frequency) - XLogX(unigrams[target]));
            return gain;
        }
    }

    private static readonly double[] SmallXLogX = BuildXLogX(1 << 16);

    private static double[] BuildXLogX(int size)
    {
        var table = new double[size];
        for (var x = 1; x < size; x++)
        {
            table[x] = x * Math.Log(x);
        }
        return table;
    }

    private static double XLogX(long x) => x < SmallXLogX.Length ? SmallXLogX[Math.Max(x, 0)] : x * Math.Log(x);

    /// <summary>
    /// Text gathered for clustering: every distinct word once, and the text as a stream of word
    /// numbers, so that tens of millions of tokens cost four bytes each.
    /// </summary>
    public sealed class BigramText
    {
        private const int Boundary = -1;
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly List<long> _counts = [];
        private readonly List<int> _stream = [];

        /// <summary>Tokens added so far.</summary>
        public long Tokens { get; private set; }

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

        internal Corpus Build(int minCount)
        {
            var kept = Enumerable.Range(0, _words.Count).Where(id => _counts[id] >= minCount)
                .OrderByDescending(id => _counts[id]).ThenBy(id => _words[id], StringComparer.Ordinal).ToList();
            var words = new string[kept.Count + Corpus.FirstRealWord];
            words[0] = "<s>";
            words[1] = "<rare>";
            var rank = new int[_words.Count];
            Array.Fill(rank, 1);
            for (var i = 0; i < kept.Count; i++)
            {
                rank[kept[i]] = i + Corpus.FirstRealWord;
                words[i + Corpus.FirstRealWord] = _words[kept[i]];
            }
            var counts = new long[words.Length];
            var pairs = new long[_stream.Count + 1];
            var pairCount = 0;
            var previous = 0;
            counts[0]++;
            foreach (var id in _stream)
            {
                var current = id == Boundary ? 0 : rank[id];
                pairs[pairCount++] = ((long)previous << 32) | (uint)current;
                if (id == Boundary)
                {
                    previous = 0;
                    counts[0]++;
                    continue;
                }
                counts[current]++;
                previous = current;
            }
            // Every sentence start was counted once more than the sentences; the last one opens nothing.
            counts[0]--;
            return Corpus.FromPairs(words, counts, pairs.AsSpan(0, pairCount));
        }
    }

    /// <summary>The text as word ids in frequency order, with each word's neighbour counts (compressed rows).</summary>
    internal sealed class Corpus
    {
        /// <summary>Id 0 is the sentence boundary, 1 stands for every rare word; real words follow.</summary>
        public const int FirstRealWord = 2;

        public required string[] Words { get; init; }

        public required long[] Counts { get; init; }

        public required int[] FollowingStart { get; init; }

        public required int[] FollowingWord { get; init; }

        public required long[] FollowingCount { get; init; }

        public required int[] PrecedingStart { get; init; }

        public required int[] PrecedingWord { get; init; }

        public required long[] PrecedingCount { get; init; }

        /// <summary>Builds the rows from the bigrams, each packed as (left &lt;&lt; 32) | right.</summary>
        public static Corpus FromPairs(string[] words, long[] counts, Span<long> pairs)
        {
            var (followingStart, followingWord, followingCount) = Rows(words.Length, pairs, swap: false);
            var (precedingStart, precedingWord, precedingCount) = Rows(words.Length, pairs, swap: true);
            return new Corpus
            {
                Words = words,
                Counts = counts,
                FollowingStart = followingStart,
                FollowingWord = followingWord,
                FollowingCount = followingCount,
                PrecedingStart = precedingStart,
                PrecedingWord = precedingWord,
                PrecedingCount = precedingCount,
            };
        }

        private static (int[] Start, int[] Word, long[] Count) Rows(int wordCount, Span<long> pairs, bool swap)
        {
            if (swap)
            {
                for (var i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = (long)(((ulong)pairs[i] << 32) | ((ulong)pairs[i] >> 32));
                }
            }
            pairs.Sort();
            var start = new int[wordCount + 1];
            var word = new List<int>();
            var count = new List<long>();
            var i0 = 0;
            while (i0 < pairs.Length)
            {
                var i1 = i0;
                while (i1 < pairs.Length && pairs[i1] == pairs[i0])
                {
                    i1++;
                }
                var row = (int)((ulong)pairs[i0] >> 32);
                start[row + 1]++;
                word.Add((int)(uint)pairs[i0]);
                count.Add(i1 - i0);
                i0 = i1;
            }
            for (var r = 0; r < wordCount; r++)
            {
                start[r + 1] += start[r];
            }
            return (start, [.. word], [.. count]);
        }
    }
}
