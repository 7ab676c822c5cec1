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
        var features = new TaggerFeatures(lexicon, options.Clusters);
        // With one corpus, its own copy of each feature would only double the shared one.
        var domainAdaptation = options.DomainAdaptation && sets.Count > 1;
        var (examples, featureNames) = Featurize(sets, features, labelIndex, options.MinFeatureCount, domainAdaptation);
        var learner = new AveragedPerceptron(featureNames.Length, new ViterbiDecoder(labels));
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                if (learner.Learn(examples[index]))
                {
                    mistakes++;
                }
            }
            if (options.OnEpoch is { } report)
            {
                NerScores? dev = null;
                if (options.Dev.Count > 0)
                {
                    var snapshot = BuildModel(learner, featureNames, lexicon, options, sets, labels);
                    dev = ConllEvaluator.Evaluate(snapshot, options.Dev);
                }
                report(new NerEpochReport(epoch, mistakes, examples.Count, dev, clock.Elapsed));
            }
        }
        return BuildModel(learner, featureNames, lexicon, options, sets, labels);
    }

    /// <summary>
    /// Turns the sentences into feature ids and label ids. Features are numbered in order of first
    /// sight, so the numbering (and so the model) depends only on the data, never on hashing.
    /// </summary>
    private static (List<Example> Examples, string[] FeatureNames) Featurize(IReadOnlyList<TrainingSet> sets, TaggerFeatures features, Dictionary<string, int> labelIndex, int minCount, bool domainAdaptation)
    {
        var sentences = new List<(TaggedSentence Sentence, float Weight, string? Domain)>();
        foreach (var set in sets)
        {
            var domain = domainAdaptation ? DomainPrefix(set) : null;
            sentences.AddRange(set.Sentences.Select(sentence => (sentence, set.Weight, domain)));
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var raw = new List<(int[] Offsets, int[] Features, int[] Labels, float Weight)>(sentences.Count);
        const int batchSize = 512;
        for (var batchStart = 0; batchStart < sentences.Count; batchStart += batchSize)
        {
            // Extraction runs in parallel; numbering stays sequential so that it is deterministic.
            var batch = sentences.Skip(batchStart).Take(batchSize).ToArray();
            var extracted = new (string[] Tags, List<string>[] Features)?[batch.Length];
            Parallel.For(0, batch.Length, i =>
            {
                var input = TaggerInput.FromWords(batch[i].Sentence.Words);
                if (input.Tokens.Count > 0)
                {
                    extracted[i] = (input.TokenTags(batch[i].Sentence.Tags), features.Extract(input.Tokens));
                }
            });
            for (var i = 0; i < batch.Length; i++)
            {
                if (extracted[i] is not { } sentence)
                {
                    continue;
                }
                var offsets = new int[sentence.Tags.Length + 1];
                var featureIds = new List<int>(sentence.Tags.Length * 80);
                for (var t = 0; t < sentence.Tags.Length; t++)
                {
                    offsets[t] = featureIds.Count;
                    foreach (var name in sentence.Features[t])
                    {
                        featureIds.Add(Intern(name));
                        if (batch[i].Domain is { } domain)
                        {
                            featureIds.Add(Intern(domain + name));
                        }
                    }
                }
                offsets[^1] = featureIds.Count;
                raw.Add((offsets, [.. featureIds], [.. sentence.Tags.Select(tag => labelIndex[tag])], batch[i].Weight));
            }
        }

        int Intern(string name)
        {
            if (!ids.TryGetValue(name, out var id))
            {
                id = ids.Count;
                ids.Add(name, id);
                counts.Add(0);
            }
            counts[id]++;
            return id;
        }

        // Renumber without the rare features.
        var kept = new int[counts.Count];
        var names = new List<string>();
        foreach (var (name, id) in ids.OrderBy(pair => pair.Value))
        {
            if (counts[id] >= minCount)
            {
                kept[id] = names.Count;
                names.Add(name);
            }
            else
            {
                kept[id] = -1;
            }
        }
        var examples = new List<Example>(raw.Count);
        foreach (var (offsets, featureIds, labels, weight) in raw)
        {
            var newOffsets = new int[offsets.Length];
            var newIds = new List<int>(featureIds.Length);
            for (var t = 0; t + 1 < offsets.Length; t++)
            {
                newOffsets[t] = newIds.Count;
                for (var k = offsets[t]; k < offsets[t + 1]; k++)
                {
                    if (kept[featureIds[k]] >= 0)
                    {
                        newIds.Add(kept[featureIds[k]]);
                    }
                }
            }
            newOffsets[^1] = newIds.Count;
            examples.Add(new Example(newOffsets, [.. newIds], labels, weight));
        }
        return (examples, [.. names]);
    }

    /// <summary>
    /// The prefix of a training set's own copy of every feature under domain adaptation (Daumé 2007,
    /// "frustratingly easy"): each feature exists once shared by all corpora and once per corpus, so
    /// that what only one corpus does (AQMAR's article-specific MISC) stays in that corpus's copy.
    /// </summary>
    private static string DomainPrefix(TrainingSet set) => $"@{set.Name}|";

    /// <summary>
    /// The averaged weights, rounded to half precision as saved, without the features that carry
    /// nothing. Under domain adaptation the model tags as the first training set (the target domain):
    /// its own copy of each feature is folded into the shared one and the other copies are dropped.
    /// </summary>
    private static NerModel BuildModel(AveragedPerceptron learner, string[] featureNames, TaggerLexicon lexicon, NerTrainingOptions options, IReadOnlyList<TrainingSet> sets, IReadOnlyList<string> labels)
    {
        var labelCount = labels.Count;
        var averaged = learner.AveragedWeights();
        var targetCopies = new Dictionary<string, int>(StringComparer.Ordinal);
        if (options.DomainAdaptation && sets.Count > 1)
        {
            var target = DomainPrefix(sets[0]);
            for (var f = 0; f < featureNames.Length; f++)
            {
                if (featureNames[f].StartsWith(target, StringComparison.Ordinal))
                {
                    targetCopies[featureNames[f][target.Length..]] = f;
                }
            }
        }
        var shared = new List<int>();
        var merged = new List<float>();
        for (var f = 0; f < featureNames.Length; f++)
        {
            if (featureNames[f].StartsWith('@'))
            {
                continue;
            }
            shared.Add(f);
            for (var y = 0; y < labelCount; y++)
            {
                merged.Add(averaged[f * labelCount + y] + (targetCopies.TryGetValue(featureNames[f], out var copy) ? averaged[copy * labelCount + y] : 0f));
            }
        }
        // Scores only matter relative to each other, so the weights are scaled to a mean absolute
        // value of one: pruning and the document-memory bonus then mean the same for every model.
        var nonZero = merged.Where(value => value != 0f).Select(Math.Abs).ToList();
        var scale = nonZero.Count > 0 ? (float)nonZero.Average() : 1f;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<float>();
        var rows = merged.ToArray();
        for (var i = 0; i < shared.Count; i++)
        {
            var row = rows.AsSpan(i * labelCount, labelCount).ToArray().Select(value => value / scale).ToArray();
            if (row.All(value => Math.Abs(value) < options.PruneBelow))
            {
                continue;
            }
            index.Add(featureNames[shared[i]], index.Count);
            weights.AddRange(row.Select(value => (float)(Half)value));
        }
        var transitions = learner.AveragedTransitions().Select(value => value / scale).ToArray();
        return new NerModel(labels, index, [.. weights], transitions, lexicon, options.Clusters);
    }

    /// <summary>A training sentence: per token, the range of <see cref="Features"/> it owns, and its gold label.</summary>
    internal sealed record Example(int[] Offsets, int[] Features, int[] Labels, float Weight)
    {
        public int Length => Labels.Length;
    }
}
