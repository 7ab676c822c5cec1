namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Sentences to train on, with the weight of each of their updates: a corpus of another domain or
/// of lower quality (WikiANN's silver tags) can count for less than the newswire one.
/// </summary>
public sealed record TrainingSet(string Name, IReadOnlyList<TaggedSentence> Sentences, float Weight = 1f);
