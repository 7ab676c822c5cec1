namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The document features of the target corpus's training sentences, as the first pass would give
/// them on unseen text (stacking: Wolpert 1992, as Krishnan &amp; Manning 2006 train their second
/// CRF). The corpus is cut into blocks, and each block is tagged by a first-pass model trained
/// without it: a model tagging its own training data is nearly always right, and a second pass
/// trained on that would learn to trust the rest of the document blindly. The corpora have no
/// article boundaries, so a sentence's document is the <see cref="ConllEvaluator.DefaultDocumentWindow"/>
/// sentences either side.
/// </summary>
internal static class DocumentStageTrainer
{
    /// <returns>For each sentence of <c>sets[0]</c>, its (token, document feature) pairs.</returns>
    public static List<(int Token, int Feature)>[] JackknifeFeatures(IReadOnlyList<TrainingSet> sets, TaggerLexicon lexicon, NerTrainingOptions options)
    {
        var folds = options.DocumentStageFolds;
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "the document stage needs at least two folds");
        }
        var target = sets[0].Sentences;
        var inputs = target.Select(sentence => TaggerInput.FromWords(sentence.Words)).ToArray();
        var emissions = new float[target.Count][];
        var firstPass = new int[target.Count][];
        var blockSize = (target.Count + folds - 1) / folds;
        // The first-pass models learn as the final one does, but without document features of their own.
        var firstPassOptions = options with { DocumentStageFolds = 0, Dev = [], OnEpoch = null };
        for (var fold = 0; fold < folds; fold++)
        {
            var start = Math.Min(fold * blockSize, target.Count);
            var end = Math.Min(start + blockSize, target.Count);
            var rest = new TrainingSet(sets[0].Name, [.. target.Take(start), .. target.Skip(end)], sets[0].Weight);
            var model = NerTrainer.Train([rest, .. sets.Skip(1)], lexicon, firstPassOptions);
            for (var i = start; i < end; i++)
            {
                emissions[i] = model.Emissions(inputs[i].Tokens);
                firstPass[i] = model.Decode(emissions[i], inputs[i].Tokens.Count);
            }
        }
        return DocumentStage.Features([.. inputs.Select(input => input.Tokens)], firstPass, emissions, ConllEvaluator.DefaultDocumentWindow);
    }
}
