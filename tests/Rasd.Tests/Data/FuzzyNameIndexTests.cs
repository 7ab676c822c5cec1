using Rasd.Data;
using Rasd.Text;

namespace Rasd.Tests.Data;

/// <summary>The symmetric-deletion index over the gazetteer's person and place names.</summary>
public sealed class FuzzyNameIndexTests
{
    private static FuzzyNameIndex Index => TestPaths.Knowledge.FuzzyNames;

    [Theory]
    [InlineData("جباروف")]
    [InlineData("بوتن")]
    [InlineData("موسكو")]
    public void Finds_each_known_form_once_best_first(string spelling)
    {
        var matches = Index.Lookup(ArabicNormalizer.Fold(spelling), 0.5);

        Assert.NotEmpty(matches);
        Assert.Equal(matches.Count, matches.Select(m => (m.KnownForm, m.Form)).Distinct().Count());
        Assert.Equal(matches.OrderByDescending(m => m.Similarity).Select(m => m.Similarity), matches.Select(m => m.Similarity));
        Assert.All(matches, m => Assert.Equal(NameSkeleton.Of(m.KnownForm) == NameSkeleton.Of(ArabicNormalizer.Fold(spelling)), m.SameSkeleton));
    }

    [Fact]
    public void Finds_nothing_for_a_word_far_from_every_name() =>
        Assert.Empty(Index.Lookup(ArabicNormalizer.Fold("والاستثمارات"), 0.9));
}
