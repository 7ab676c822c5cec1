using FsCheck;
using FsCheck.Fluent;
using Rasd.Text;

namespace Rasd.Tests.Text;

public sealed class NameDistanceTests
{
    /// <summary>Names as variant resolution compares them: folded Arabic letters (sound-class and vowel letters over-represented), spaces, and a few letters from outside the Arabic block.</summary>
    private static readonly char[] NameLetters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءؤئأإآاويجغقكزضظذسصثتطهحفبد  aZ\u06A9\u06CC\u0671".ToCharArray();

    private static Arbitrary<string> Names() =>
        Gen.ArrayOf(Gen.Elements(NameLetters)).Select(chars => new string(chars)).ToArbitrary();

    [Theory]
    [InlineData("جاباروف", "جباروف", 0.3)]
    [InlineData("بوتين", "بوتين", 0.0)]
    [InlineData("غورباتشوف", "قورباتشوف", 0.4)]
    [InlineData("سيرغي", "سيرجي", 0.4)]
    public void Transliteration_changes_are_cheap(string a, string b, double expected) =>
        Assert.Equal(expected, NameDistance.Between(a, b), 9);

    /// <summary>The bounded distance is the full distance whenever that is within the bound, and declines only when it is not; the length bound never exceeds the distance.</summary>
    [Fact]
    public void The_bounded_distance_agrees_with_the_full_distance() =>
        Prop.ForAll(Names(), Names(), Gen.Choose(0, 40).ToArbitrary(), (a, b, tenths) =>
        {
            var full = NameDistance.Between(a, b);
            var bound = tenths / 10.0;
            var within = NameDistance.Within(a, b, bound);
            return NameDistance.LengthBound(a.Length, b.Length) <= full + 1e-12
                && (full <= bound ? within == full : within is null);
        }).QuickCheckThrowOnFailure();

    /// <summary>The similarity against a floor is the similarity whenever it reaches the floor, and null only when it does not.</summary>
    [Fact]
    public void The_similarity_against_a_floor_agrees_with_the_similarity() =>
        Prop.ForAll(Names(), Names(), Gen.Choose(0, 20).ToArbitrary(), (a, b, twentieths) =>
        {
            var floor = twentieths / 20.0;
            var similarity = NameDistance.Similarity(a, b);
            var atLeast = NameDistance.SimilarityAtLeast(a, b, floor);
            return similarity >= floor ? atLeast == similarity : atLeast is null;
        }).QuickCheckThrowOnFailure();
}
