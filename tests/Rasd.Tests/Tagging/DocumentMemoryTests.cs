using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class DocumentMemoryTests
{
    private static readonly int Per = DocumentMentions.TypeIndex("PER");
    private static readonly int Loc = DocumentMentions.TypeIndex("LOC");

    [Fact]
    public void FindsASurnameMentionedAloneAfterTheFullNameByItsBareReading()
    {
        IReadOnlyList<string> first = ["قال", "دونالد", "رامسفيلد", "في", "بغداد"];
        IReadOnlyList<string> second = ["واضاف", "ورامسفيلد", "ان", "بغداد", "امنه"];
        var memory = new DocumentMemory([
            (first, [new EntitySpan("PER", 1, 3), new EntitySpan("LOC", 4, 5)]),
            (second, []),
        ]);

        var mentions = memory.Mentions(1, window: 5, spans: []);

        Assert.Equal([1, 3], mentions.Select(found => found.Token));
        Assert.Equal(Per, mentions[0].Mentions.MajorityType);
        Assert.Equal(MentionRole.Last, mentions[0].Mentions.MajorityRole(Per));
        Assert.Equal(Loc, mentions[1].Mentions.MajorityType);
        Assert.Equal(MentionRole.Single, mentions[1].Mentions.MajorityRole(Loc));
    }

    [Fact]
    public void LeavesOutTheTokensOwnMentionAndNamesBeyondTheWindow()
    {
        IReadOnlyList<string> named = ["رامسفيلد"];
        IReadOnlyList<string> other = ["كلام"];
        IReadOnlyList<string> later = ["رامسفيلد"];
        EntitySpan person = new("PER", 0, 1);
        var memory = new DocumentMemory([(named, [person]), (other, []), (later, [person])]);

        // Only its own mention is within one sentence: nothing else in the document names it.
        Assert.Empty(memory.Mentions(2, window: 1, spans: [person]));
        var found = Assert.Single(memory.Mentions(2, window: 5, spans: [person]));
        Assert.Equal(1, found.Mentions.CountOfType(Per));
        Assert.Equal(1, found.Mentions.TypeCount);
    }

    [Fact]
    public void CountsEveryTypeTheMentionsHad()
    {
        IReadOnlyList<string> club = ["فريق", "ليون", "الفرنسي"];
        IReadOnlyList<string> city = ["في", "ليون"];
        IReadOnlyList<string> bare = ["فاز", "ليون"];
        var memory = new DocumentMemory([
            (club, [new EntitySpan("ORG", 1, 2)]),
            (city, [new EntitySpan("LOC", 1, 2)]),
            (city, [new EntitySpan("LOC", 1, 2)]),
            (bare, []),
        ]);

        var found = Assert.Single(memory.Mentions(3, window: 5, spans: []));

        Assert.Equal(Loc, found.Mentions.MajorityType);
        Assert.Equal(2, found.Mentions.TypeCount);
        Assert.Equal(2, found.Mentions.CountOfType(Loc));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void SlidingThroughTheDocumentGivesTheMentionsOfAFreshCount(int window)
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
            Assert.Equal(Describe(new DocumentMemory(sentences).Mentions(index, window, sentences[index].spans)), Describe(sliding.Mentions(index, window, sentences[index].spans)));
        }
    }

    private static List<string> Describe(List<(int Token, DocumentMentions Mentions)> mentions) =>
        [.. mentions.Select(found => $"{found.Token}:" + string.Join(',', Enumerable.Range(0, NerTagNames.EntityTypes.Count)
            .SelectMany(type => Enum.GetValues<MentionRole>().Select(role => found.Mentions.Count(type, role)))))];
}
