using System.Diagnostics;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Trains an <see cref="NerModel"/> with the averaged structured perceptron (Collins 2002): decode
/// each sentence with the current weights, and where the best sequence differs from the gold one,
/// add the gold features and subtract the predicted ones; the model keeps the average of the
/// weights over all steps, which generalises like a large-margin model at a fraction of the cost.
/// <para>
/// Written here rather than taken from a package: NuGet has no maintained sequence tagger for .NET
/// (no CRF or structured perceptron; ML.NET classifies rows, not sequences, and Catalyst is not
/// served), and the whole learner is a page of code that trains the shipped model in a few minutes
/// on two cores.
/// </para>
/// </summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<TrainingSet> sets, TaggerLexicon lexicon, NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(options);
        var labels = NerTagNames.Labels;
        var labelIndex = labels.Select((label, index) => (label, index)).ToDictionary(pair => pair.label, pair => pair.index, StringComparer.Ordinal);
        var features = new TaggerFeatures(lexicon, options.Clusters, options.Evidence);
        // With one corpus, its own copy of each feature would only double the shared one.
        var domainAdaptation = options.DomainAdaptation && sets.Count > 1;
        var (examples, featureSet) = Featurize(sets, features, labelIndex, options.MinFeatureCount, domainAdaptation, options.WordDropout);
        var learner = new AveragedPerceptron(featureSet.Keys.Count, new ViterbiDecoder(labels), options.Margin);
        var random = new Random(options.Seed);
        // Its own generator, so that the shuffles stay those of the seed whether dropout is on or off.
        var dropout = new Random(options.Seed + 1);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var forget = new bool[examples.Count == 0 ? 0 : examples.Max(example => example.Length)];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var example = examples[index];
                for (var t = 0; t < example.Length; t++)
                {
                    forget[t] = example.ForgetChance[t] > 0 && dropout.NextSingle() < example.ForgetChance[t];
                }
                if (learner.Learn(example, forget))
                {
                    mistakes++;
                }
            }
            if (options.OnEpoch is { } report)
            {
                NerScores? dev = null;
                if (options.Dev.Count > 0)
                {
                    var snapshot = BuildModel(learner, featureSet, lexicon, options, labels);
                    dev = ConllEvaluator.Evaluate(snapshot, options.Dev);
                }
                report(new NerEpochReport(epoch, mistakes, examples.Count, dev, clock.Elapsed));
            }
        }
        return BuildModel(learner, featureSet, lexicon, options, labels);
    }

    /// <summary>
    /// Turns the sentences into feature ids and label ids. Features are numbered in order of first
    /// sight, so the numbering (and so the model) depends only on the data. Under domain adaptation
    /// every feature also gets its corpus's own copy, whose key is the shared key refined by the
    /// corpus (<see cref="DomainKey"/>).
    /// </summary>
    private static (List<Example> Examples, FeatureSet Features) Featurize(IReadOnlyList<TrainingSet> sets, TaggerFeatures features, Dictionary<string, int> labelIndex, int minCount, bool domainAdaptation, float wordDropout)
    {
        var sentences = new List<(TaggedSentence Sentence, float Weight, int Domain)>();
        for (var s = 0; s < sets.Count; s++)
        {
            var domain = domainAdaptation ? s : -1;
            sentences.AddRange(sets[s].Sentences.Select(sentence => (sentence, sets[s].Weight, domain)));
        }
        var domainKeys = sets.Select(DomainKey).ToArray();
        var ids = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var counts = new List<int>();
        // For each feature, the corpus whose copy it is (-1 for a shared feature) and the shared feature it copies.
        var copyOf = new List<(int Domain, int Shared)>();
        var raw = new List<(int[] Offsets, int[] IdentityEnds, int[] Features, int[] Labels, float Weight, string[] Tokens)>(sentences.Count);
        var tokenCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        const int batchSize = 512;
        for (var batchStart = 0; batchStart < sentences.Count; batchStart += batchSize)
        {
            // Extraction runs in parallel; numbering stays sequential so that it is deterministic.
            var batch = sentences.Skip(batchStart).Take(batchSize).ToArray();
            var extracted = new (string[] Tags, int[] Offsets, int[] IdentityEnds, ulong[] Keys, string[] Tokens)?[batch.Length];
            Parallel.For(0, batch.Length, () => new FeatureBuffer(), (i, _, buffer) =>
            {
                var input = TaggerInput.FromWords(batch[i].Sentence.Words);
                if (input.Tokens.Count > 0)
                {
                    features.Extract(input.Tokens, buffer);
                    var offsets = new int[input.Tokens.Count + 1];
                    var identityEnds = new int[input.Tokens.Count];
                    for (var t = 0; t < input.Tokens.Count; t++)
                    {
                        offsets[t] = buffer.Start(t);
                        identityEnds[t] = buffer.IdentityEnd(t);
                    }
                    offsets[^1] = buffer.Start(input.Tokens.Count);
                    extracted[i] = (input.TokenTags(batch[i].Sentence.Tags), offsets, identityEnds, buffer.Keys.ToArray(), [.. input.Tokens]);
                }
                return buffer;
            }, _ => { });
            for (var i = 0; i < batch.Length; i++)
            {
                if (extracted[i] is not { } sentence)
                {
                    continue;
                }
                var domain = batch[i].Domain;
                var offsets = new int[sentence.Tags.Length + 1];
                var identityEnds = new int[sentence.Tags.Length];
                var featureIds = new List<int>(sentence.Keys.Length * (domain >= 0 ? 2 : 1));
                for (var t = 0; t < sentence.Tags.Length; t++)
                {
                    offsets[t] = featureIds.Count;
                    for (var k = sentence.Offsets[t]; k < sentence.Offsets[t + 1]; k++)
                    {
                        if (k == sentence.IdentityEnds[t])
                        {
                            identityEnds[t] = featureIds.Count;
                        }
                        var shared = Intern(sentence.Keys[k], -1, -1);
                        featureIds.Add(shared);
                        if (domain >= 0)
                        {
                            featureIds.Add(Intern(FeatureKey.With(domainKeys[domain], sentence.Keys[k]), domain, shared));
                        }
                    }
                }
                offsets[^1] = featureIds.Count;
                foreach (var token in sentence.Tokens)
                {
                    tokenCounts[token] = tokenCounts.GetValueOrDefault(token) + 1;
                }
                raw.Add((offsets, identityEnds, [.. featureIds], [.. sentence.Tags.Select(tag => labelIndex[tag])], batch[i].Weight, sentence.Tokens));
            }
        }

        int Intern(ulong key, int domain, int shared)
        {
            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids.Add(key, id);
                keys.Add(key);
                counts.Add(0);
                copyOf.Add((domain, shared));
            }
            counts[id]++;
            return id;
        }

        // Renumber without the rare features.
        var kept = new int[counts.Count];
        var keptSet = new FeatureSet([], [], []);
        for (var id = 0; id < counts.Count; id++)
        {
            if (counts[id] >= minCount)
            {
                kept[id] = keptSet.Keys.Count;
                keptSet.Keys.Add(keys[id]);
                keptSet.Domains.Add(copyOf[id].Domain);
                keptSet.Shared.Add(copyOf[id].Shared < 0 ? -1 : kept[copyOf[id].Shared]);
            }
            else
            {
                kept[id] = -1;
            }
        }
        var examples = new List<Example>(raw.Count);
        foreach (var (offsets, identityEnds, featureIds, labels, weight, tokens) in raw)
        {
            var newOffsets = new int[offsets.Length];
            var newIdentityEnds = new int[identityEnds.Length];
            var newIds = new List<int>(featureIds.Length);
            var forgetChance = new float[tokens.Length];
            for (var t = 0; t + 1 < offsets.Length; t++)
            {
                newOffsets[t] = newIds.Count;
                // Word dropout (Kiperwasser & Goldberg 2016): a word seen n times in training is
                // forgotten with chance α / (α + n), as rare words most often are at test time.
                forgetChance[t] = wordDropout > 0 ? wordDropout / (wordDropout + tokenCounts[tokens[t]]) : 0f;
                for (var k = offsets[t]; k < offsets[t + 1]; k++)
                {
                    if (k == identityEnds[t])
                    {
                        newIdentityEnds[t] = newIds.Count;
                    }
                    if (kept[featureIds[k]] >= 0)
                    {
                        newIds.Add(kept[featureIds[k]]);
                    }
                }
            }
            newOffsets[^1] = newIds.Count;
            examples.Add(new Example(newOffsets, newIdentityEnds, [.. newIds], labels, weight, forgetChance));
        }
        return (examples, keptSet);
    }

    /// <summary>
    /// What refines a shared key into a training set's own copy of the feature under domain
    /// adaptation (Daumé 2007, "frustratingly easy"): each feature exists once shared by all corpora
    /// and once per corpus, so that what only one corpus does (AQMAR's article-specific MISC) stays
    /// in that corpus's copy.
    /// </summary>
    private static ulong DomainKey(TrainingSet set) => FeatureKey.Text($"@{set.Name}|");

    /// <summary>
    /// The averaged weights, rounded to half precision as saved, without the features that carry
    /// nothing. Under domain adaptation the model tags as the first training set (the target domain):
    /// its own copy of each feature is folded into the shared one and the other copies are dropped.
    /// </summary>
    private static NerModel BuildModel(AveragedPerceptron learner, FeatureSet features, TaggerLexicon lexicon, NerTrainingOptions options, IReadOnlyList<string> labels)
    {
        var labelCount = labels.Count;
        var averaged = learner.AveragedWeights();
        var count = features.Keys.Count;
        var targetCopy = new int[count];
        Array.Fill(targetCopy, -1);
        for (var f = 0; f < count; f++)
        {
            // The shared feature of a copy comes first, so it is always kept when its copy is.
            if (features.Domains[f] == 0 && features.Shared[f] >= 0)
            {
                targetCopy[features.Shared[f]] = f;
            }
        }
        var shared = new List<int>();
        var merged = new List<float>();
        for (var f = 0; f < count; f++)
        {
            if (features.Domains[f] >= 0)
            {
                continue;
            }
            shared.Add(f);
            for (var y = 0; y < labelCount; y++)
            {
                merged.Add(averaged[f * labelCount + y] + (targetCopy[f] >= 0 ? averaged[targetCopy[f] * labelCount + y] : 0f));
            }
        }
        // Scores only matter relative to each other, so the weights are scaled to a mean absolute
        // value of one: pruning and the document-memory bonus then mean the same for every model.
        var nonZero = merged.Where(value => value != 0f).Select(Math.Abs).ToList();
        var scale = nonZero.Count > 0 ? (float)nonZero.Average() : 1f;
        var keys = new List<ulong>();
        var weights = new List<float>();
        var rows = merged.ToArray();
        for (var i = 0; i < shared.Count; i++)
        {
            var row = rows.AsSpan(i * labelCount, labelCount).ToArray().Select(value => value / scale).ToArray();
            if (row.All(value => Math.Abs(value) < options.PruneBelow))
            {
                continue;
            }
            keys.Add(features.Keys[shared[i]]);
            weights.AddRange(row.Select(value => (float)(Half)value));
        }
        var transitions = learner.AveragedTransitions().Select(value => value / scale).ToArray();
        return new NerModel(labels, [.. keys], [.. weights], transitions, lexicon, options.Clusters, options.Evidence);
    }

    /// <summary>
    /// The features seen in training, by id: each one's key, the training set whose own copy it is
    /// (-1 for a shared feature) and, for a copy, the id of the shared feature it copies.
    /// </summary>
    private sealed record FeatureSet(List<ulong> Keys, List<int> Domains, List<int> Shared);

    /// <summary>
    /// A training sentence: per token, the range of <see cref="Features"/> it owns, where the ones
    /// naming its word end (<see cref="FeatureBuffer"/>), its gold label and its chance of word dropout.
    /// </summary>
    internal sealed record Example(int[] Offsets, int[] IdentityEnds, int[] Features, int[] Labels, float Weight, float[] ForgetChance)
    {
        public int Length => Labels.Length;
    }
}
