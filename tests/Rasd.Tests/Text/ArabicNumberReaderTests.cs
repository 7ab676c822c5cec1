using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>Numbers in digits and words as the reader sees them at the first token of a phrase.</summary>
public sealed class ArabicNumberReaderTests
{
    private static readonly ArabicNumberReader Reader = new(TestPaths.Knowledge.Numbers);

    private static NumberReading? Read(string phrase)
    {
        var normalized = ArabicNormalizer.Fold(phrase);
        var tokens = Tokenizer.Tokenize(normalized);
        return Reader.ReadAt(tokens, 0, tokens.Count, normalized);
    }

    [Theory]
    [InlineData("خمس عشرة دولة", 15, 2)]
    [InlineData("أحد عشر لاعبا", 11, 2)]
    [InlineData("ثلاث مائة منزل", 300, 2)]
    [InlineData("مائة وخمسة عشر جريحا", 115, 3)]
    [InlineData("خمسة وعشرين عضوا", 25, 2)]
    [InlineData("وثلاثة آلاف وخمسمائة سيارة", 3500, 3)]
    [InlineData("مليون و200 ألف دولار", 1.2e6, 4)]
    [InlineData("20 ألفا و500 طن", 20500, 4)]
    [InlineData("ألفين وخمسمائة شخص", 2500, 2)]
    [InlineData("نصف مليون لاجئ", 5e5, 2)]
    [InlineData("مليون ونصف المليون لاجئ", 1.5e6, 3)]
    [InlineData("ثلاثة ملايين ونصف", 3.5e6, 3)]
    [InlineData("مليونين ونصف مليون برميل", 2.5e6, 3)]
    [InlineData("8.7 تريليون متر", 8.7e12, 2)]
    [InlineData("5ر6 ملايين يورو", 6.5e6, 4)]
    [InlineData("12،500،000 سهم", 12.5e6, 3)]
    public void Reads_compounds_scales_fractions_and_feed_separators(string phrase, double value, int tokens)
    {
        var reading = Read(phrase);
        Assert.NotNull(reading);
        Assert.Equal(value, reading.Value!.Value, 6);
        Assert.Equal(tokens, reading.TokenEnd - reading.TokenStart);
    }

    [Theory]
    [InlineData("أحد الطلاب")]
    [InlineData("إحدى الدول")]
    [InlineData("عشرات الآلاف")]
    [InlineData("آلاف اللاجئين")]
    public void Someone_one_of_and_vague_quantities_have_no_value(string phrase) =>
        Assert.Null(Read(phrase)?.Value);

    [Fact]
    public void A_part_joined_by_wa_must_stay_below_the_scale_before_it()
    {
        Assert.Equal(3e6, Read("3 ملايين و4 ملايين")!.Value);
        Assert.Equal(2014, Read("2014 و2015")!.Value);
    }

    [Theory]
    [InlineData("الخمس", 5)]
    [InlineData("الأربعة", 4)]
    [InlineData("الخمس عشرة", 15)]
    [InlineData("العشرين", 20)]
    [InlineData("الـ27", 27)]
    public void Reads_a_definite_number_after_its_noun(string phrase, double value)
    {
        var normalized = ArabicNormalizer.Fold(phrase);
        var tokens = Tokenizer.Tokenize(normalized);
        Assert.Equal(value, Reader.ReadDefiniteAt(tokens, 0, tokens.Count)!.Value);
    }

    [Theory]
    [InlineData("الاثنين")]
    [InlineData("الواحد")]
    [InlineData("الخامسة")]
    public void Monday_the_one_and_ordinals_are_no_definite_count(string phrase)
    {
        var normalized = ArabicNormalizer.Fold(phrase);
        var tokens = Tokenizer.Tokenize(normalized);
        Assert.Null(Reader.ReadDefiniteAt(tokens, 0, tokens.Count));
    }
}
