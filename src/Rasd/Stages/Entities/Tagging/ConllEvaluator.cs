namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// CoNLL entity-level scoring, as seqeval computes it by default: an entity counts as found only
/// when a predicted entity has the same type and exactly the same boundaries; entities are read
/// with <see cref="BioTags.Spans"/> (an I- after O opens a new entity). Precision, recall and F1
/// per type and micro-averaged over all entities.
/// </summary>
public sealed class ConllEvaluator
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _counts = new(StringComparer.Ordinal);

    public int Sentences { get; private set; }

    public int Tokens { get; private set; }

    /// <summary>Adds one sentence's gold and predicted tags (one per token, same length).</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold tags but {predicted.Count} predicted");
        }
        Sentences++;
        Tokens += gold.Count;
        var goldSpans = BioTags.Spans(gold);
        var predictedSpans = BioTags.Spans(predicted);
        var goldSet = goldSpans.ToHashSet();
        foreach (var span in goldSpans)
        {
            Bump(span.Type, gold: 1);
        }
        foreach (var span in predictedSpans)
        {
            Bump(span.Type, predicted: 1, correct: goldSet.Contains(span) ? 1 : 0);
        }
    }

    /// <summary>
    /// How many sentences either side count as a sentence's document when a corpus has no article
    /// boundaries (ANERcorp has none): about the length of a news article.
    /// </summary>
    public const int DefaultDocumentWindow = 15;

    /// <summary>
    /// Tags the sentences with the model and scores them against their own tags. With a
    /// <paramref name="documentWindow"/> above zero the sentences are tagged as a document
    /// (<see cref="NerModel.TagDocument"/>), each seeing that many sentences either side; with zero,
    /// one by one (<see cref="NerModel.Tag"/>).
    /// </summary>
    public static NerScores Evaluate(NerModel model, IReadOnlyList<TaggedSentence> sentences, int documentWindow = DefaultDocumentWindow)
    {
        var evaluator = new ConllEvaluator();
        var predicted = Tag(model, sentences, documentWindow);
        for (var i = 0; i < sentences.Count; i++)
        {
            evaluator.Add(sentences[i].Tags, predicted[i]);
        }
        return evaluator.Scores();
    }

    /// <summary>The model's tags for the sentences, as <see cref="Evaluate"/> makes them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Tag(NerModel model, IReadOnlyList<TaggedSentence> sentences, int documentWindow = DefaultDocumentWindow) =>
        documentWindow > 0
            ? model.TagDocument(sentences.Select(sentence => sentence.Words).ToList(), documentWindow)
            : sentences.Select(sentence => model.Tag(sentence.Words)).ToList();

    public NerScores Scores()
    {
        var byType = _counts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new EntityTypeScore(pair.Key, pair.Value.Correct, pair.Value.Predicted, pair.Value.Gold))
            .ToList();
        var micro = new EntityTypeScore("micro", byType.Sum(s => s.Correct), byType.Sum(s => s.Predicted), byType.Sum(s => s.Gold));
        return new NerScores(byType, micro, Sentences, Tokens);
    }

    private void Bump(string type, int correct = 0, int predicted = 0, int gold = 0)
    {
        var (c, p, g) = _counts.GetValueOrDefault(type);
        _counts[type] = (c + correct, p + predicted, g + gold);
    }
}
