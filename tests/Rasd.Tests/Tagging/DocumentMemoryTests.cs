using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class DocumentMemoryTests
{
    [Fact]
    public void HintsASurnameMentionedAloneAfterTheFullName()
    {
        IReadOnlyList<string> first = ["قال", "دونالد", "رامسفيلد", "في", "بغداد"];
        IReadOnlyList<string> second = ["واضاف", "ورامسفيلد", "ان", "بغداد", "امنه"];
        var memory = new DocumentMemory([
            (first, [new EntitySpan("PER", 1, 3), new EntitySpan("LOC", 4, 5)]),
            (second, []),
        ]);

        var hints = memory.Hints(1, window: 5, outside: [true, true, true, true, true]);

        Assert.Equal([(1, "PER"), (3, "LOC")], hints);
    }

    [Fact]
    public void IgnoresNamesBeyondTheWindowAndTokensAlreadyTagged()
    {
        IReadOnlyList<string> named = ["رامسفيلد"];
        IReadOnlyList<string> other = ["كلام"];
        IReadOnlyList<string> later = ["رامسفيلد"];
        var memory = new DocumentMemory([(named, [new EntitySpan("PER", 0, 1)]), (other, []), (later, [])]);

        Assert.Empty(memory.Hints(2, window: 1, outside: [true]));
        Assert.Empty(memory.Hints(2, window: 5, outside: [false]));
        Assert.Single(memory.Hints(2, window: 5, outside: [true]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void SlidingThroughTheDocumentGivesTheHintsOfAFreshCount(int window)
    {
        string[] words = ["رامسفيلد", "بغداد", "كلام", "السعودية", "ميدفيديف", "عمان"];
        string[] types = ["PER", "LOC", "ORG"];
        var random = new Random(7);
        var sentences = Enumerable.Range(0, 40).Select(_ =>
        {
            IReadOnlyList<string> tokens = [.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => words[random.Next(words.Length)])];
            var spans = tokens.Select((_, t) => (t, keep: random.Next(3) == 0)).Where(x => x.keep)
                .Select(x => new EntitySpan(types[random.Next(types.Length)], x.t, x.t + 1)).ToList();
            return (tokens, spans);
        }).ToList();
        var sliding = new DocumentMemory(sentences);
        var order = Enumerable.Range(0, sentences.Count).Concat([5, 2, 39, 0]).ToList();

        foreach (var index in order)
        {
            var outside = sentences[index].tokens.Select(_ => true).ToArray();
            Assert.Equal(new DocumentMemory(sentences).Hints(index, window, outside), sliding.Hints(index, window, outside));
        }
    }
}
