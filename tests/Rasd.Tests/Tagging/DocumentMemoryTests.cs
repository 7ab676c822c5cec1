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
}
