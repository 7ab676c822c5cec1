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
    [InlineData("وشارك الفريق في «دورة الألعاب الآسيوية» 2018: وحصد ثلاث ميداليات.", "2018", "2018")]
    [InlineData("مونديال 2018: فرنسا تفوز باللقب", "2018", "2018")]
    [InlineData("ووقعت الدول الكبرى اتفاق 2015 مع إيران.", "2015", "2015")]
    [InlineData("وقبيل انتخابات 2016 الرئاسية تصاعد الجدل.", "2016", "2016")]
    public void Absolute_expressions_need_no_anchor(string text, string expression, string? value) =>
        Assert.Contains((expression, value), Times(text, published: null));

    [Theory]
    [InlineData("يستعد الرئيس لقمة تاريخية مرتقبة مع نظيره الثلاثاء في سنغافورة.", "2018-06-12")]
    [InlineData("ومن المقرر أن تصوت اللجنة الخميس على القرار.", "2018-06-14")]
    [InlineData("وكان من المقرر أن تصوت اللجنة الخميس على القرار.", "2018-06-07")]
    [InlineData("وقال الوزير الثلاثاء إن المحادثات مستمرة.", "2018-06-05")]
    public void A_weekday_in_a_clause_about_what_is_ahead_is_the_next_one(string text, string value) =>
        Assert.Contains(((string?)value), Times(text, published: "2018-06-09").Select(t => t.Value));

    [Theory]
    [InlineData("فرضت العقوبات في آذار عام 2014 ثم وسعت في أيلول من نفس العام.", "أيلول من نفس العام", "2014-09")]
    [InlineData("انطلقت الأحداث عام 2011، وفي 25 يناير من العام نفسه خرجت المظاهرات.", "25 يناير من العام نفسه", "2011-01-25")]
    [InlineData("تأسست الشركة عام 1990. وفي العام نفسه افتتحت فرعها الأول.", "العام نفسه", "1990")]
    public void The_same_year_is_the_year_the_text_named_last(string text, string expression, string value) =>
        Assert.Contains((expression, (string?)value), Times(text, published: "2023-05-10"));

    [Theory]
    [InlineData("بلغت الصادرات في الفترة 2013-14 نحو مليار دولار.", "2013-14", "2013/2014")]
    [InlineData("فاز الفريق باللقب في موسم 2013 - 2014.", "2013 - 2014", "2013/2014")]
    [InlineData("ارتفعت الأرباح في العام المالي ٢٠١٧/٢٠١٨.", "٢٠١٧/٢٠١٨", "2017/2018")]
    [InlineData("ازداد عدد السياح في الأشهر الخمسة الأولى من 2018.", "الأشهر الخمسة الأولى من 2018", "2018-01/2018-05")]
    [InlineData("تراجع الإنتاج في الشهور الثلاثة الأخيرة من عام 2017.", "الشهور الثلاثة الأخيرة من عام 2017", "2017-10/2017-12")]
    [InlineData("نما الاقتصاد في الأشهر التسعة الأولى من العام الجاري.", "الأشهر التسعة الأولى من العام الجاري", "2023-01/2023-09")]
    public void Year_ranges_and_the_first_or_last_months_of_a_year_are_intervals(string text, string expression, string value) =>
        Assert.Contains((expression, (string?)value), Times(text, published: "2023-05-10"));

    [Theory]
    [InlineData("نشر التقرير بتاريخ 2014-09-12 على الموقع.")]
    [InlineData("انتهت المباراة بنتيجة 2014 - 2009 في الأرشيف.")]
    public void A_date_or_a_backward_pair_of_years_is_no_year_range(string text) =>
        Assert.DoesNotContain(Times(text, published: "2023-05-10"), t => t.Value is { Length: 9 } v && v[4] == '/');

    [Theory]
    [InlineData("فرضت العقوبات منذ أكثر من عام على موسكو.", "أكثر من عام", "P1Y")]
    [InlineData("استمرت المناورات لأسبوع في الشرق الأقصى.", "لأسبوع", "P1W")]
    [InlineData("ازداد عدد السياح على مدى سنة.", "على مدى سنة", "P1Y")]
    [InlineData("ستبقى القوات لمدة شهر في المنطقة.", "لمدة شهر", "P1M")]
    [InlineData("التقى الزعيمان قبل نحو عام ونصف في جنيف.", "نحو عام ونصف", "P1.5Y")]
    [InlineData("انتظر الوفد أقل من ساعة قبل اللقاء.", "أقل من ساعة", "PT1H")]
    public void One_unit_of_time_after_a_word_that_measures_a_length_is_a_duration(string text, string expression, string value) =>
        Assert.Contains((expression, (string?)value), Times(text, published: null));

    [Theory]
    [InlineData("ووقع الاتفاق لعام 2015 في فيينا.")]
    [InlineData("وفتح المعبر طوال شهر رمضان.")]
    [InlineData("وعمل الفريق طوال يوم الجمعة.")]
    [InlineData("وأقام الوزير حفلا لعقد الاتفاق.")]
    [InlineData("وأهدى الرئيس ضيفه ساعة، وقال إنها لساعة سويسرية.")]
    public void A_time_noun_that_names_a_date_or_a_thing_is_no_single_unit(string text) =>
        Assert.DoesNotContain(Times(text, published: "2023-05-10"), t => t.Value is "P1Y" or "P1M" or "P1D" or "P10Y" or "PT1H");

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
