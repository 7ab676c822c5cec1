namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Clusters words by the words around them with the exchange algorithm (Kneser &amp; Ney 1993,
/// Martin et al. 1998): start from an arbitrary partition into a fixed number of classes, then
/// move each word to the class that most raises the likelihood of a class-bigram model of the
/// text, and repeat. Words that follow and precede the same kinds of words end up together:
/// foreign surnames with foreign surnames, cities with cities. Brown clustering gives a hierarchy
/// too but costs far more; two flat clusterings at different sizes give the tagger a coarse and a
/// fine view instead. Deterministic: words are visited in frequency order and ties keep the word
/// where it is.
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
        var corpus = Corpus.Build(sentences, minCount);
        var paths = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var assignments = classCounts.Select(count => Exchange(corpus, count, passes)).ToList();
        for (var w = Corpus.FirstRealWord; w < corpus.Words.Length; w++)
        {
            paths[corpus.Words[w]] = [.. assignments.Select(classes => classes[w])];
        }
        return new WordClusters(paths);
    }

    private static int[] Exchange(Corpus corpus, int classCount, int passes)
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
            foreach (var (next, count) in corpus.Following[w])
            {
                bigrams[classOf[w] * classCount + classOf[next]] += count;
            }
        }
        var toClass = new long[classCount];
        var fromClass = new long[classCount];
        var touched = new List<int>();
        for (var pass = 0; pass < passes; pass++)
        {
            var moves = 0;
            for (var w = 0; w < wordCount; w++)
            {
                // Bigrams between w and each class (w itself excluded: its self-bigrams are counted apart).
                long self = 0;
                touched.Clear();
                foreach (var (next, count) in corpus.Following[w])
                {
                    if (next == w)
                    {
                        self += count;
                        continue;
                    }
                    var c = classOf[next];
                    if (toClass[c] == 0 && fromClass[c] == 0)
                    {
                        touched.Add(c);
                    }
                    toClass[c] += count;
                }
                foreach (var (previous, count) in corpus.Preceding[w])
                {
                    if (previous == w)
                    {
                        continue;
                    }
                    var c = classOf[previous];
                    if (toClass[c] == 0 && fromClass[c] == 0)
                    {
                        touched.Add(c);
                    }
                    fromClass[c] += count;
                }
                var own = classOf[w];
                var frequency = corpus.Counts[w];
                Move(bigrams, unigrams, classCount, own, -1, toClass, fromClass, touched, self, frequency);
                var best = own;
                var bestGain = Gain(bigrams, unigrams, classCount, own, toClass, fromClass, touched, self, frequency);
                for (var candidate = 0; candidate < classCount; candidate++)
                {
                    if (candidate == own)
                    {
                        continue;
                    }
                    var gain = Gain(bigrams, unigrams, classCount, candidate, toClass, fromClass, touched, self, frequency);
                    if (gain > bestGain + 1e-9)
                    {
                        best = candidate;
                        bestGain = gain;
                    }
                }
                Move(bigrams, unigrams, classCount, best, +1, toClass, fromClass, touched, self, frequency);
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
            if (moves == 0)
            {
                break;
            }
        }
        return classOf;
    }

    /// <summary>Adds (sign +1) or removes (sign -1) a word's bigram and unigram counts to or from class <paramref name="target"/>.</summary>
    private static void Move(long[] bigrams, long[] unigrams, int classCount, int target, int sign, long[] toClass, long[] fromClass, List<int> touched, long self, long frequency)
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
    private static double Gain(long[] bigrams, long[] unigrams, int classCount, int target, long[] toClass, long[] fromClass, List<int> touched, long self, long frequency)
    {
        var gain = 0.0;
        var diagonalAdded = self;
        foreach (var c in touched)
        {
            if (c == target)
            {
                diagonalAdded += toClass[c] + fromClass[c];
                continue;
            }
            if (toClass[c] > 0)
            {
                var cell = bigrams[target * classCount + c];
                gain += XLogX(cell + toClass[c]) - XLogX(cell);
            }
            if (fromClass[c] > 0)
            {
                var cell = bigrams[c * classCount + target];
                gain += XLogX(cell + fromClass[c]) - XLogX(cell);
            }
        }
        var diagonal = bigrams[target * classCount + target];
        gain += XLogX(diagonal + diagonalAdded) - XLogX(diagonal);
        gain -= 2 * (XLogX(unigrams[target] + frequency) - XLogX(unigrams[target]));
        return gain;
    }

    private static double XLogX(long x) => x <= 0 ? 0 : x * Math.Log(x);

    /// <summary>The text as word ids in frequency order, with each word's neighbour counts.</summary>
    private sealed class Corpus
    {
        /// <summary>Id 0 is the sentence boundary, 1 stands for every rare word; real words follow.</summary>
        public const int FirstRealWord = 2;

        private Corpus(string[] words, long[] counts, List<(int, long)>[] following, List<(int, long)>[] preceding)
        {
            Words = words;
            Counts = counts;
            Following = following;
            Preceding = preceding;
        }

        public string[] Words { get; }

        public long[] Counts { get; }

        public List<(int Word, long Count)>[] Following { get; }

        public List<(int Word, long Count)>[] Preceding { get; }

        public static Corpus Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount)
        {
            var sentenceList = sentences.ToList();
            var frequency = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var sentence in sentenceList)
            {
                foreach (var word in sentence)
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }
            }
            var words = new List<string> { "<s>", "<rare>" };
            words.AddRange(frequency.Where(pair => pair.Value >= minCount)
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key));
            var id = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < words.Count; i++)
            {
                id[words[i]] = i;
            }
            var counts = new long[words.Count];
            var pairs = new Dictionary<(int, int), long>();
            foreach (var sentence in sentenceList)
            {
                var previous = 0;
                counts[0]++;
                foreach (var word in sentence)
                {
                    var current = id.GetValueOrDefault(word, 1);
                    counts[current]++;
                    pairs[(previous, current)] = pairs.GetValueOrDefault((previous, current)) + 1;
                    previous = current;
                }
                pairs[(previous, 0)] = pairs.GetValueOrDefault((previous, 0)) + 1;
            }
            var following = new List<(int, long)>[words.Count];
            var preceding = new List<(int, long)>[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                following[i] = [];
                preceding[i] = [];
            }
            foreach (var ((left, right), count) in pairs.OrderBy(pair => pair.Key.Item1).ThenBy(pair => pair.Key.Item2))
            {
                following[left].Add((right, count));
                preceding[right].Add((left, count));
            }
            return new Corpus([.. words], counts, following, preceding);
        }
    }
}
