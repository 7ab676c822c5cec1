namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Training sentences made by a model from unlabeled news (self-training): the teacher tags each
/// article with its document pass, and a sentence is kept when the teacher is sure of it, that is
/// when its best tag sequence beats every other by at least a margin at every token (the gap between
/// the best and the second-best sequence), and when it names at least one entity. The kept sentences
/// are then sampled with a seed, so the same teacher, articles, settings and seed give the same set.
/// </summary>
public static class SelfTraining
{
    /// <summary>Settings of the selection; margins are in the model's units (its mean absolute weight is 1).</summary>
    /// <param name="MinMargin">The smallest margin any token of a kept sentence may have.</param>
    /// <param name="Count">How many sentences to keep at most.</param>
    /// <param name="Seed">Seed of the sample.</param>
    /// <param name="MinTokens">Shorter sentences (headlines, bylines) are not kept.</param>
    /// <param name="MaxTokens">Longer sentences (run-on lists, failed splits) are not kept.</param>
    public sealed record Settings(float MinMargin, int Count, int Seed, int MinTokens = 5, int MaxTokens = 60);

    /// <summary>
    /// The sentences of the articles (each a list of sentences of words) the teacher is sure of and
    /// finds an entity in, once each (the first time a sentence's tokens occur), in article order.
    /// </summary>
    public static List<TaggedSentence> Candidates(NerModel teacher, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> articles, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(settings);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TaggedSentence>();
        foreach (var article in articles)
        {
            foreach (var (tokens, tags, margins) in teacher.TagDocumentTokens(article))
            {
                if (tokens.Count < settings.MinTokens || tokens.Count > settings.MaxTokens
                    || !tags.Any(tag => tag != NerTagNames.Outside)
                    || margins.Min() < settings.MinMargin
                    || !seen.Add(string.Join(' ', tokens)))
                {
                    continue;
                }
                kept.Add(new TaggedSentence([.. tokens], tags));
            }
        }
        return kept;
    }

    /// <summary>At most <see cref="Settings.Count"/> of the candidates, drawn with the seed, in the order drawn.</summary>
    public static List<TaggedSentence> Sample(IReadOnlyList<TaggedSentence> candidates, Settings settings)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(settings);
        var order = Enumerable.Range(0, candidates.Count).ToArray();
        new Random(settings.Seed).Shuffle(order);
        return [.. order.Take(Math.Max(0, settings.Count)).Select(index => candidates[index])];
    }

    /// <summary><see cref="Candidates"/>, then <see cref="Sample"/>.</summary>
    public static List<TaggedSentence> Select(NerModel teacher, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> articles, Settings settings) =>
        Sample(Candidates(teacher, articles, settings), settings);
}
