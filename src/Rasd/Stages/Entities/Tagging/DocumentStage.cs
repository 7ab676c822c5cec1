namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The second, document pass of the tagger (Krishnan &amp; Manning 2006; Ratinov &amp; Roth 2009).
/// A sentence whose tokens read like words of names the first pass found elsewhere in the
/// document gets the weights of its <see cref="DocumentFeatures"/> added to its first-pass
/// emissions and is decoded again. The document features are features of the model like any
/// other (<see cref="FeatureTemplate.Document"/>), learned with the rest on first-pass output that
/// models not trained on those sentences produced (<see cref="DocumentStageTrainer"/>), so that the
/// model trusts the rest of the document as much as it deserves on unseen text; the first pass is
/// the same model without them, so the second costs only the sum of a few rows and a decode.
/// </summary>
internal static class DocumentStage
{
    /// <summary>Shared by the sentences without document features; never added to.</summary>
    private static readonly List<(int Token, int Feature)> NoFeatures = [];

    /// <summary>The key of document feature <paramref name="feature"/> in the model's feature table.</summary>
    public static ulong Key(int feature) => FeatureKey.With(FeatureKey.Of(FeatureTemplate.Document), FeatureKey.Number(feature));

    /// <summary>
    /// The document features of every sentence of a document, from the first pass's label indices
    /// and emissions: each sentence sees the names found within <paramref name="window"/> sentences either side.
    /// </summary>
    public static List<(int Token, int Feature)>[] Features(IReadOnlyList<IReadOnlyList<string>> tokens, IReadOnlyList<int[]> firstPass, IReadOnlyList<float[]> emissions, int window)
    {
        var labels = NerTagNames.Labels;
        var spans = firstPass.Select(sentence => BioTags.Spans(sentence.Select(label => labels[label]).ToArray())).ToArray();
        var memory = new DocumentMemory(tokens.Select((sentence, i) => (sentence, spans[i])).ToList());
        var features = new List<(int, int)>[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var mentions = memory.Mentions(i, window, spans[i]);
            features[i] = mentions.Count > 0 ? [] : NoFeatures;
            if (mentions.Count > 0)
            {
                DocumentFeatures.Extract(mentions, firstPass[i], emissions[i], labels.Count, features[i]);
            }
        }
        return features;
    }
}
