namespace Rasd.Stages.Entities.Tagging;

/// <summary>Settings of <see cref="NerTrainer"/>; the defaults are the ones the shipped model was tuned with.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the per-epoch shuffle; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>The score margin per token by which training wants the gold labels to win (<see cref="AveragedPerceptron"/>); 0: the plain perceptron.</summary>
    public float Margin { get; init; }

    /// <summary>Features seen fewer times than this in training are left out.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>After training, features whose every averaged weight is smaller than this are dropped.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>
    /// Keep a per-corpus copy of every feature besides the shared one, and tag as the first training
    /// set; lets a corpus of another domain help without imposing its habits.
    /// </summary>
    public bool DomainAdaptation { get; init; } = true;

    /// <summary>
    /// Word dropout α: in each epoch a token whose word training saw n times loses the features
    /// naming its word with chance α / (α + n), so that the model learns to find names from their
    /// look and their company, as it must for the many names of real news it never saw. 0 turns it off.
    /// </summary>
    public float WordDropout { get; init; }

    /// <summary>Word clusters to use as features (empty: none).</summary>
    public WordClusters Clusters { get; init; } = WordClusters.Empty;

    /// <summary>Name-cue bins of the words of the bulk corpus to use as features (empty: none).</summary>
    public WordEvidence Evidence { get; init; } = WordEvidence.Empty;

    /// <summary>Sentences to score after each epoch (never trained on), for choosing the epoch count.</summary>
    public IReadOnlyList<TaggedSentence> Dev { get; init; } = [];

    /// <summary>Called after each epoch with its scores on <see cref="Dev"/> (null when there is no dev set).</summary>
    public Action<NerEpochReport>? OnEpoch { get; init; }
}

/// <summary>What one epoch did: its number, the sentences it got wrong, its dev scores and its time.</summary>
public sealed record NerEpochReport(int Epoch, int Mistakes, int Sentences, NerScores? Dev, TimeSpan Elapsed);
