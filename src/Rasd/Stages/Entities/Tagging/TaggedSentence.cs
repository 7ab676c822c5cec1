namespace Rasd.Stages.Entities.Tagging;

/// <summary>One sentence of a tagged corpus: its words and one BIO tag per word.</summary>
public sealed record TaggedSentence
{
    public TaggedSentence(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        if (words.Count != tags.Count)
        {
            throw new ArgumentException($"{words.Count} words but {tags.Count} tags");
        }
        Words = words;
        Tags = tags;
    }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Tags { get; }
}
