using Rasd.Records;

namespace Rasd.Tests.Stages;

public sealed class AmountTests
{
    private static AmountRecord Single(string text) => Assert.Single(Analysis.Record(text).Amounts);

    [Theory]
    [InlineData("بلغت قيمة الصادرات 3 مليارات دولار العام الماضي.", 3e9, "USD", "exact")]
    [InlineData("وصلت قيمة الصفقة إلى ٢٫٥ مليون يورو.", 2.5e6, "EUR", "exact")]
    [InlineData("ارتفعت التجارة بنسبة ١٢٫٤٪ خلال الربع الأول.", 12.4, "percent", "exact")]
    [InlineData("انخفض التضخم بنحو 7 بالمئة مقارنة بالعام السابق.", 7, "percent", "about")]
    [InlineData("يعمل أكثر من 500 ألف عامل مهاجر في المصانع.", 500000, "migrants", "over")]
    [InlineData("افتتحت الحكومة ثماني مدارس جديدة في الإقليم.", 8, "schools", "exact")]
    [InlineData("وقع الجانبان على خمسة وعشرين اتفاقية للتعاون.", 25, "agreements", "exact")]
    [InlineData("تضاعف حجم الاستثمار خمس مرات في عقد واحد.", 5, "times", "exact")]
    [InlineData("زاد الإنتاج أربعة أضعاف منذ افتتاح المصنع.", 4, "times", "exact")]
    [InlineData("تضم المنطقة ما يقرب من 2,400 شركة صغيرة.", 2400, "companies", "about")]
    [InlineData("قدرت الخسائر بما لا يقل عن 40 مليار روبل.", 4e10, "RUB", "over")]
    [InlineData("يستقبل الميناء نحو مليون طن من الحبوب.", 1e6, "tonnes", "about")]
    public void Reads_value_unit_and_qualifier(string text, double value, string unit, string qualifier)
    {
        var amount = Single(text);
        Assert.Equal(value, amount.Value!.Value, 6);
        Assert.Equal(unit, amount.Unit);
        Assert.Equal(qualifier, amount.Qualifier);
    }

    [Fact]
    public void A_single_dot_before_three_digits_is_a_decimal_point_for_money() =>
        Assert.Equal(3.75, Single("استقر سعر الصرف عند 3.750 ريال للدولار.").Value!.Value, 6);

    [Fact]
    public void The_span_starts_at_the_number_and_ends_with_the_unit()
    {
        var amount = Single("قال إن التبادل يتجاوز 9 مليارات دولار سنويا.");
        Assert.Equal("9 مليارات دولار", amount.Text);
        Assert.Equal("over", amount.Qualifier);
    }

    [Fact]
    public void A_verb_separated_from_its_preposition_is_not_a_qualifier() =>
        Assert.Equal("exact", Single("تصل صادراتنا إلى الصين إلى 6 مليارات دولار.").Qualifier);

    [Fact]
    public void A_partitive_reference_takes_the_unit_counted_before_it()
    {
        var amounts = Analysis.Record("سيتم بناء عشر مستشفيات، وسيفتتح أول أربع منها العام المقبل.").Amounts;
        Assert.Equal(2, amounts.Count);
        Assert.All(amounts, a => Assert.Equal(amounts[0].Unit, a.Unit));
        Assert.Equal(4, amounts[1].Value);
    }

    [Theory]
    [InlineData("عقد الاجتماع في 2019 بحضور الوزراء.")]
    [InlineData("وصل الوفد يوم 14 أكتوبر إلى العاصمة.")]
    [InlineData("استمرت المفاوضات ثلاثة أشهر كاملة.")]
    [InlineData("استقبلت البلاد عشرات الآلاف من اللاجئين.")]
    [InlineData("نصت المادة 15 من الاتفاقية على ذلك.")]
    [InlineData("طرح الباحث 12 فكرة جديدة للنقاش.")]
    [InlineData("احتلت روسيا المرتبة الأولى بين الشركاء.")]
    [InlineData("(19/11 – 40.00). أكد الرئيس التزامه.")]
    public void Years_dates_durations_vague_quantities_article_numbers_and_unknown_units_are_not_amounts(string text) =>
        Assert.Empty(Analysis.Record(text).Amounts);
}
