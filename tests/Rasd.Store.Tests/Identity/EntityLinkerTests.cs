using Rasd.Data;
using Rasd.Store.Identity;

namespace Rasd.Store.Tests.Identity;

/// <summary>
/// When an unknown name is taken for a stored entity: the names must agree by skeleton and
/// distance, two names of their own in a root name's place make two people, and the evidence
/// (the same article, roles, rare co-mentions, the same uncommon given or family name) must agree.
/// The names are written for these tests.
/// </summary>
public sealed class EntityLinkerTests
{
    private static readonly NameAgreement Names = new(WordNameStatistics.Load(DataDirectory.Locate()));
    private static readonly EntityLinker Linker = new(Names);

    [Theory]
    // A foreign family name spelled two ways, each often enough to count as a name of its own.
    [InlineData("اندرو برانسون", "اندرو برونسون", true)]
    [InlineData("رافائيل نادال", "رافايل نادال", true)]
    // A father's name of three or four root letters is a name: محمد سعد and محمد سعيد are two men.
    [InlineData("محمد سعد", "محمد سعيد", false)]
    [InlineData("حامد القارحي", "حميد القارحي", false)]
    // A given name of its own stays apart however long it is.
    [InlineData("ماريو ماركوفيتش", "ماريا ماركوفيتش", false)]
    public void Spellings_of_one_name_agree_and_names_of_their_own_do_not(string form, string other, bool agree) =>
        Assert.Equal(agree, Names.Match("person", form, other) is not null);

    [Fact]
    public void The_same_family_name_with_the_given_name_spelled_another_way_is_one_person()
    {
        var decision = Decide("person:ar:انطونيو-فيرميرين", "انطونيو فيرميرين", ("person:ar:انتونيو-فيرميرين", "انتونيو فيرميرين"));

        Assert.Equal(LinkDecision.Linked, decision.Decision);
        Assert.Equal("person:ar:انتونيو-فيرميرين", decision.CanonicalId);
        Assert.Contains("family name فيرميرين", decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_given_name_with_the_family_name_spelled_another_way_is_one_person()
    {
        var decision = Decide("person:ar:اندرو-برانسون", "اندرو برانسون", ("person:ar:اندرو-برونسون", "اندرو برونسون"));

        Assert.Equal(LinkDecision.Linked, decision.Decision);
        Assert.Contains("given name اندرو", decision.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    // Different given names: another person of the family.
    [InlineData("سيرغي فيرميرين", "انتونيو فيرميرين")]
    // Given names that end apart: a man and a woman of the family.
    [InlineData("باولا فيرميرين", "باولو فيرميرين")]
    [InlineData("جوليانا فيرميرين", "جوليان فيرميرين")]
    // A family name so many people bear that sharing it says nothing.
    [InlineData("انطونيو حسين", "انتونيو حسين")]
    // Only the spelling agrees, with no evidence: a name of one word.
    [InlineData("فيرميرين", "فيرمرين")]
    public void Without_evidence_the_name_starts_an_entity_of_its_own(string name, string stored)
    {
        var id = "person:ar:" + name.Replace(' ', '-');
        var decision = Decide(id, name, ("person:ar:" + stored.Replace(' ', '-'), stored));

        Assert.Equal(LinkDecision.New, decision.Decision);
        Assert.Equal(id, decision.CanonicalId);
    }

    private static LinkDecision Decide(string id, string name, (string Id, string Name) stored)
    {
        var entity = new NewEntity(id, "person", name, 10, new HashSet<string>(), new HashSet<string>(), []);
        var candidates = Names.Match("person", name, stored.Name) is { } match
            ? [new LinkCandidate(stored.Id, stored.Id, name, stored.Name, match.Similarity, match.SameSkeleton, false)]
            : new List<LinkCandidate>();
        return Linker.Decide(entity, candidates, new NoFacts());
    }

    /// <summary>A store that knows nothing of the entity's roles or company.</summary>
    private sealed class NoFacts : IIdentityFacts
    {
        public IReadOnlySet<string> Roles(string canonicalId, long sequence) => new HashSet<string>();

        public IReadOnlyList<string> CoMentioned(string canonicalId, IReadOnlyCollection<string> others, long sequence) => [];

        public long Articles(long sequence) => 100;

        public long ArticlesNaming(string canonicalId, long sequence) => 1;
    }
}
