using Rasd.Records;

namespace Rasd.Tests.Stages;

public sealed class TimeExpressionTests
{
    private static List<(string Text, string? Value)> Times(string text, string? published) =>
        Analysis.Record(text, published).Times.Select(t => (t.Text, t.Value)).ToList();

    [Theory]
    [InlineData("وقعت الاتفاقية في ٣ آذار/مارس ٢٠١٨ في موسكو.", "٣ آذار/مارس ٢٠١٨", "2018-03-03")]
    [InlineData("سيفتتح الخط بحلول أبريل 2029.", "أبريل 2029", "2029-04")]
    [InlineData("تأسست المنظمة عام 2002 في سان بطرسبرغ.", "عام 2002", "2002")]
    [InlineData("شهدت الثمانينيات تحولات كبيرة.", "الثمانينيات", "1980s")]
    [InlineData("ظهرت الفكرة في أواخر السبعينات من القرن الماضي.", "أواخر السبعينات من القرن الماضي", "1970s")]
    [InlineData("ستستمر المرحلة الأولى ستة أشهر.", "ستة أشهر", "P6M")]
    [InlineData("لم يزر البلد منذ عقدين.", "منذ عقدين", null)]
    [InlineData("تعقد الدورة بين 11 و17 سبتمبر 2018 في أستانا.", "بين 11 و17 سبتمبر 2018", "2018-09-11/2018-09-17")]
    [InlineData("اندلعت الأزمة في صيف 2014.", "صيف 2014", "2014-SU")]
    [InlineData("انطلقت المحادثات في الحادي والعشرين من أيلول/سبتمبر 2016.", "الحادي والعشرين من أيلول/سبتمبر 2016", "2016-09-21")]
    [InlineData("افتتح الجسر في السابع نوفمبر 2012 بحضور الوزراء.", "السابع نوفمبر 2012", "2012-11-07")]
    [InlineData("فرضت القيود في شباط - فبراير عام 2015 على الشركات.", "شباط - فبراير عام 2015", "2015-02")]
    public void Absolute_expressions_need_no_anchor(string text, string expression, string? value) =>
        Assert.Contains((expression, value), Times(text, published: null));

    [Theory]
    [InlineData("وصل الوزير أمس إلى طشقند.", "أمس", "2023-05-09")]
    [InlineData("وتنعقد القمة غدا في أستانا.", "غدا", "2023-05-11")]
    [InlineData("تضاعفت الصادرات هذا العام.", "هذا العام", "2023")]
    [InlineData("انخفضت الأسعار العام الماضي.", "العام الماضي", "2022")]
    [InlineData("سيعقد المنتدى في يناير المقبل.", "يناير المقبل", "2024-01")]
    [InlineData("جرت الانتخابات في مارس الماضي.", "مارس الماضي", "2023-03")]
    [InlineData("التقى الرئيسان يوم الاثنين في موسكو.", "يوم الاثنين", "2023-05-08")]
    [InlineData("تستمر الزيارة حتى 20 مايو الجاري.", "20 مايو الجاري", "2023-05-20")]
    [InlineData("تضاعف العدد خلال السنوات الخمس الماضية.", "السنوات الخمس الماضية", "2018/2023")]
    [InlineData("بدأ المشروع منذ ثلاث سنوات.", "منذ ثلاث سنوات", "2020")]
    [InlineData("عقد الاجتماع الأسبوع الماضي.", "الأسبوع الماضي", "2023-W18")]
    [InlineData("تراجعت الصادرات في الشتاء الماضي.", "الشتاء الماضي", "2022-WI")]
    [InlineData("يبدأ الموسم من 3 إلى 5 يونيو.", "من 3 إلى 5 يونيو", "2023-06-03/2023-06-05")]
    public void Relative_expressions_resolve_against_the_publication_date(string text, string expression, string value) =>
        Assert.Contains((expression, value), Times(text, published: "2023-05-10"));

    [Theory]
    [InlineData("عرفت المنطقة الزراعة منذ 9 آلاف سنة.", "منذ 9 آلاف سنة")]
    [InlineData("تكونت هذه الصخور منذ 40 مليون سنة تقريبا.", "منذ 40 مليون سنة")]
    [InlineData("تعود النقوش إلى ما قبل الميلاد، منذ 2500 عام.", "منذ 2500 عام")]
    [InlineData("لم يتغير شيء منذ 90 مليون شهر.", "منذ 90 مليون شهر")]
    [InlineData("تشكلت النجوم الأولى منذ 13 مليار سنة.", "منذ 13 مليار سنة")]
    public void A_point_counted_back_before_the_first_year_of_the_era_has_no_value(string text, string expression) =>
        Assert.Contains((expression, (string?)null), Times(text, published: "2023-05-10"));

    [Fact]
    public void Without_a_day_anchor_relative_days_stay_null() =>
        Assert.Contains(("أمس", null), Times("وصل الوزير أمس إلى طشقند.", published: null));

    [Theory]
    [InlineData("يعمل حاليا على المشروع ويتواصل مؤخرا مع الشركاء.")]
    [InlineData("ارتفعت الصادرات بنسبة 20% سنويا.")]
    [InlineData("وقعت الدولتان 15 اتفاقية.")]
    public void Vague_adverbs_and_amounts_are_not_times(string text) => Assert.Empty(Times(text, published: "2023-05-10"));

    [Theory]
    [InlineData("وقال المزارع البالغ من العمر 61 عاما إن الموسم كان صعبا.")]
    [InlineData("وتعاقد النادي مع المدافع سيرجيو لوبيز (27 عاما) لموسمين.")]
    [InlineData("وأصيب طفل يبلغ عمره سبع سنوات في الحادث.")]
    public void A_persons_age_is_no_time(string text) => Assert.Empty(Times(text, published: null));

    [Fact]
    public void A_year_joined_to_a_name_by_a_hyphen_is_part_of_the_name() =>
        Assert.DoesNotContain(Times("وتشارك القوات في مناورات زاباد-2021 الواسعة.", published: null), t => t.Value == "2021");
}
