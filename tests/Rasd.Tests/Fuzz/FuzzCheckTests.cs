using Rasd.Fuzz.Checks;
using Rasd.Input;
using Rasd.Records;
using Rasd.Text;

namespace Rasd.Tests.Fuzz;

/// <summary>The fuzz targets' checks accept what keeps the contract and reject each way of breaking it.</summary>
public sealed class FuzzCheckTests
{
    [Theory]
    [InlineData("")]
    [InlineData("قال مُحَمَّدٌ: العـــربية ١٦")]
    [InlineData("\u200fﻻ ﴾آية﴿ ﷺ 😀\u0640")]
    [InlineData("\uD800 lone surrogates \uDC00")]
    [InlineData("ـــ\u064B")]
    public void A_normalized_view_is_consistent_with_its_map(string original) =>
        NormalizedViewCheck.Verify(ArabicNormalizer.Normalize(original));

    [Fact]
    public void A_view_that_maps_two_characters_to_one_is_rejected() =>
        Assert.Throws<InvariantViolation>(() => NormalizedViewCheck.Verify(new NormalizedView("ab", "ab", [0, 0], [1, 1])));

    [Fact]
    public void A_view_that_loses_a_character_is_rejected() =>
        Assert.Throws<InvariantViolation>(() => NormalizedViewCheck.Verify(new NormalizedView("axb", "ab", [0, 2], [1, 3])));

    [Fact]
    public void A_view_that_drops_a_tatweel_is_accepted() =>
        NormalizedViewCheck.Verify(new NormalizedView("aـb", "ab", [0, 2], [1, 3]));

    [Fact]
    public void A_view_out_of_order_is_rejected() =>
        Assert.Throws<InvariantViolation>(() => NormalizedViewCheck.Verify(new NormalizedView("ab", "ba", [1, 0], [2, 1])));

    [Fact]
    public void A_view_that_splits_a_surrogate_pair_is_rejected() =>
        Assert.Throws<InvariantViolation>(() => NormalizedViewCheck.Verify(new NormalizedView("😀", "😀", [0, 1], [1, 2])));

    [Fact]
    public void A_view_whose_folds_differ_from_the_original_is_rejected() =>
        Assert.Throws<InvariantViolation>(() => NormalizedViewCheck.Verify(new NormalizedView("أ", "ب", [0], [1])));

    [Fact]
    public void An_analyzed_article_keeps_the_record_contract()
    {
        var document = Analysis.Run("وقال وزير الخارجية الروسي: «سنوقع 3 اتفاقيات مع كازاخستان أمس».");
        var record = RecordBuilder.Build(document);
        Assert.NotEmpty(record.Quotes);
        RecordCheck.Verify(document, record);
    }

    [Fact]
    public void A_quote_whose_text_is_not_its_span_is_rejected()
    {
        var document = Analysis.Run("وقال وزير الخارجية الروسي: «سنوقع 3 اتفاقيات مع كازاخستان».");
        var record = RecordBuilder.Build(document);
        var quote = record.Quotes[0];
        Assert.Throws<InvariantViolation>(() => RecordCheck.Verify(document, record with { Quotes = [quote with { Text = quote.Text + "x" }] }));
    }

    [Fact]
    public void An_amount_beyond_the_text_is_rejected()
    {
        var document = Analysis.Run("بلغت الصادرات 4 مليارات دولار.");
        var record = RecordBuilder.Build(document);
        var amount = record.Amounts[0];
        Assert.Throws<InvariantViolation>(() => RecordCheck.Verify(document, record with { Amounts = [amount with { End = record.Text.Length + 1 }] }));
    }

    [Fact]
    public void A_relation_out_of_order_is_rejected()
    {
        var document = Analysis.Run("بحثت روسيا وكازاخستان التعاون في الطاقة.");
        var record = RecordBuilder.Build(document);
        var relation = Assert.Single(record.Relations);
        Assert.Throws<InvariantViolation>(() => RecordCheck.Verify(document, record with { Relations = [relation with { A = relation.B, B = relation.A }] }));
    }

    [Fact]
    public void A_problem_must_be_one_line_in_its_file()
    {
        InputItemCheck.Verify(InputItem.Refused("fuzz.jsonl:3", "not a JSON object"), "fuzz.jsonl");
        Assert.Throws<InvariantViolation>(() => InputItemCheck.VerifyRefusal(new InputRefusedException("fuzz.jsonl:3", "two\nlines"), "fuzz.jsonl"));
        Assert.Throws<InvariantViolation>(() => InputItemCheck.VerifyRefusal(new InputRefusedException("fuzz.jsonl:3", "an \u001b[2J escape"), "fuzz.jsonl"));
        Assert.Throws<InvariantViolation>(() => InputItemCheck.Verify(InputItem.Refused("other.jsonl:3", "not a JSON object"), "fuzz.jsonl"));
        Assert.Throws<InvariantViolation>(() => InputItemCheck.Verify(InputItem.Refused("fuzz.jsonl:3", " "), "fuzz.jsonl"));
    }

    [Fact]
    public void An_article_title_must_be_where_its_metadata_puts_it()
    {
        InputItemCheck.VerifyArticle(new ArticleInput("a", "عنوان\n\nنص", new ArticleMetadata("jsonl", "utf-8", "عنوان", 5, "2024-10-16")));
        Assert.Throws<InvariantViolation>(() => InputItemCheck.VerifyArticle(new ArticleInput("a", "نص فقط", new ArticleMetadata("jsonl", "utf-8", "عنوان", 5))));
        Assert.Throws<InvariantViolation>(() => InputItemCheck.VerifyArticle(new ArticleInput("a", "عنوان\n\nنص", new ArticleMetadata("jsonl", "utf-8", "عنوان", 4))));
        Assert.Throws<InvariantViolation>(() => InputItemCheck.VerifyArticle(new ArticleInput("a", "نص", new ArticleMetadata("jsonl", "utf-8", Published: "16/10/2024"))));
    }
}
