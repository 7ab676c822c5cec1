namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Trains <see cref="SubwordEmbeddings"/> by skip-gram with negative sampling (Mikolov et al. 2013)
/// over words represented by their character n-grams, as fastText does: each kept token predicts
/// the words within a reach drawn from 1 to the window, against words drawn from the unigram
/// distribution raised to ¾. Single-threaded with its own seeded generator, so that the same text
/// and options give the same vectors bit for bit (fastText's lock-free threads do not).
/// </summary>
public static class SkipGramTrainer
{
    private const int NegativeTableSize = 10_000_000;

    /// <summary>
    /// Trains on <paramref name="text"/>; <paramref name="progress"/> hears of each million
    /// tokens (epoch, tokens processed in all, mean loss since the last report).
    /// </summary>
    public static SubwordEmbeddings Train(WordStream text, SkipGramOptions options, Action<int, long, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (options.Dimension < 1 || options.Window < 1 || options.Negatives < 0 || options.Epochs < 1 || options.MinN < 1 || options.MaxN < options.MinN || options.Buckets < 1)
        {
            throw new ArgumentException("invalid skip-gram options", nameof(options));
        }
        var dimension = options.Dimension;
        // The vocabulary in frequency order (ties by ordinal), so that row numbers do not depend on reading order.
        var kept = Enumerable.Range(0, text.Words.Count).Where(id => text.Counts[id] >= options.MinCount)
            .OrderByDescending(id => text.Counts[id]).ThenBy(id => text.Words[id], StringComparer.Ordinal).ToArray();
        var rankOf = new int[text.Words.Count];
        Array.Fill(rankOf, -1);
        var vocabulary = new Dictionary<string, int>(kept.Length, StringComparer.Ordinal);
        for (var r = 0; r < kept.Length; r++)
        {
            rankOf[kept[r]] = r;
            vocabulary[text.Words[kept[r]]] = r;
        }
        var counts = kept.Select(id => text.Counts[id]).ToArray();
        var keptTokens = counts.Sum();
        var random = new SplitMix(options.Seed);
        var input = new float[(long)(kept.Length + options.Buckets) * dimension];
        for (long i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2 - 1) / dimension);
        }
        var output = new float[(long)kept.Length * dimension];
        // Each vocabulary word's input rows, flat.
        var rowStart = new int[kept.Length + 1];
        var rowList = new List<int>();
        var scratch = new List<int>();
        for (var r = 0; r < kept.Length; r++)
        {
            SubwordEmbeddings.RowsOf(text.Words[kept[r]], r, kept.Length, options, scratch);
            rowList.AddRange(scratch);
            rowStart[r + 1] = rowList.Count;
        }
        var rows = rowList.ToArray();
        var negatives = NegativeTable(counts);
        var keepChance = counts.Select(count =>
        {
            var f = (double)count / keptTokens;
            return Math.Min(1, Math.Sqrt(options.Subsample / f) + options.Subsample / f);
        }).ToArray();
        var hidden = new float[dimension];
        var gradient = new float[dimension];
        var line = new List<int>();
        var total = (double)options.Epochs * keptTokens;
        long processed = 0;
        var nextReport = 1_000_000L;
        double loss = 0;
        long pairs = 0;
        var ids = text.Ids;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            foreach (var id in ids)
            {
                if (id != WordStream.Boundary)
                {
                    var rank = rankOf[id];
                    if (rank >= 0)
                    {
                        processed++;
                        if (random.NextDouble() < keepChance[rank])
                        {
                            line.Add(rank);
                        }
                    }
                    continue;
                }
                var rate = (float)(options.LearningRate * Math.Max(1e-4, 1 - processed / total));
                for (var w = 0; w < line.Count; w++)
                {
                    var reach = 1 + random.Next(options.Window);
                    var center = rows.AsSpan(rowStart[line[w]], rowStart[line[w] + 1] - rowStart[line[w]]);
                    // The mean of the center's rows; every row gets the same update, so the mean moves by it too.
                    hidden.AsSpan().Clear();
                    foreach (var row in center)
                    {
                        FloatVectors.AddScaled(hidden, 1, input.AsSpan(row * dimension, dimension));
                    }
                    var share = 1f / center.Length;
                    for (var d = 0; d < dimension; d++)
                    {
                        hidden[d] *= share;
                    }
                    for (var c = w - reach; c <= w + reach; c++)
                    {
                        if (c == w || c < 0 || c >= line.Count)
                        {
                            continue;
                        }
                        gradient.AsSpan().Clear();
                        var target = line[c];
                        loss += Binary(target, 1, rate);
                        for (var n = 0; n < options.Negatives; n++)
                        {
                            var negative = negatives[random.Next(negatives.Length)];
                            if (negative != target)
                            {
                                loss += Binary(negative, 0, rate);
                            }
                        }
                        pairs++;
                        foreach (var row in center)
                        {
                            FloatVectors.AddScaled(input.AsSpan(row * dimension, dimension), 1, gradient);
                        }
                        FloatVectors.AddScaled(hidden, 1, gradient);
                    }
                }
                line.Clear();
                if (processed >= nextReport)
                {
                    progress?.Invoke(epoch, processed, pairs == 0 ? 0 : loss / pairs);
                    loss = 0;
                    pairs = 0;
                    nextReport += 1_000_000;
                }
            }
        }
        return new SubwordEmbeddings(vocabulary, input, options);

        // One logistic step for a (center, word) pair: moves the word's output row and gathers the center's gradient.
        double Binary(int word, float label, float rate)
        {
            var outputRow = output.AsSpan(word * dimension, dimension);
            var score = FloatVectors.Dot(outputRow, hidden);
            var probability = score >= 0 ? 1 / (1 + MathF.Exp(-score)) : MathF.Exp(score) / (1 + MathF.Exp(score));
            var alpha = rate * (label - probability);
            FloatVectors.AddScaled(gradient, alpha, outputRow);
            FloatVectors.AddScaled(outputRow, alpha, hidden);
            return -Math.Log(Math.Max(label == 1 ? probability : 1 - probability, 1e-6));
        }
    }

    /// <summary>Word ranks in proportion to count^¾, for drawing negatives with one random index.</summary>
    private static int[] NegativeTable(long[] counts)
    {
        var weights = counts.Select(count => Math.Pow(count, 0.75)).ToArray();
        var sum = weights.Sum();
        var table = new int[counts.Length == 0 ? 0 : NegativeTableSize];
        var at = 0;
        for (var r = 0; r < counts.Length && at < table.Length; r++)
        {
            var end = r == counts.Length - 1 ? table.Length : Math.Min(table.Length, at + (int)Math.Round(weights[r] / sum * NegativeTableSize));
            Array.Fill(table, r, at, end - at);
            at = end;
        }
        return table;
    }
}
