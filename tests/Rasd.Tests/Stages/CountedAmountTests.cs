using Rasd.Records;

namespace Rasd.Tests.Stages;

/// <summary>
/// Counted things: the noun after a number in any of its forms, the definite construct (الدول
/// الخمس), the partitive (ثلاث من الدول), more of the same (20 آخرون), and a count head whose noun
/// came earlier (عدد الزوار … 300 ألف) — each with the cases that must stay out.
/// </summary>
public sealed class CountedAmountTests
{
    private static IReadOnlyList<AmountRecord> Amounts(string text) => Analysis.Record(text).Amounts;

    private static void AssertSingle(string text, double value, string unit)
    {
        var amount = Assert.Single(Amounts(text));
        Assert.Equal(value, amount.Value!.Value, 6);
        Assert.Equal(unit, amount.Unit);
    }

    [Theory]
    [InlineData("طردت الحكومة 35 ديبلوماسيا من العاصمة.", 35, "diplomats")]
    [InlineData("استقبل المطار 12 دبلوماسيا أوروبيا.", 12, "diplomats")]
    [InlineData("نشر الجيش 2500 عسكري على الحدود الجنوبية.", 2500, "troops")]
    [InlineData("أرسلت البحرية 14 قطعة بحرية إلى المضيق.", 14, "ships")]
    [InlineData("تضم المنطقة ثلاث قواعد جوية كبيرة.", 3, "airbases")]
    [InlineData("شاركت في المناورة خمسة ألوية مدرعة.", 5, "brigades")]
    [InlineData("صوت 120 نائبا لصالح القانون الجديد.", 120, "lawmakers")]
    [InlineData("عقد الطرفان 30 اجتماعا لبحث الملف.", 30, "meetings")]
    [InlineData("أطلق المسلحون ست طائرات بدون طيار نحو القاعدة.", 6, "drones")]
    [InlineData("اعتقلت الشرطة سبعة مشتبه بهم في المدينة.", 7, "suspects")]
    [InlineData("فتحت الوزارة أربع قنصليات جديدة في الخارج.", 4, "consulates")]
    [InlineData("قدمت اللجنة ثلاثة خيارات لحل الأزمة.", 3, "options")]
    [InlineData("تنتمي إلى الاتحاد خمس عشرة دولة أوروبية.", 15, "countries")]
    [InlineData("خصصت البلدية خمس ساحات تدريب للشباب.", 5, "ranges")]
    [InlineData("عاد 40 لاجئا إلى قراهم في الشمال.", 40, "refugees")]
    [InlineData("وصل 800 ألف سوري إلى البلاد منذ بداية الأزمة.", 800000, "people")]
    [InlineData("أعلنت السلطات مقتل أربعة قتلى في الحادث.", 4, "deaths")]
    [InlineData("وقع أحد عشر عضوا على العريضة.", 11, "members")]
    [InlineData("بنى المقاول ثلاث مائة منزل في الضاحية.", 300, "houses")]
    public void A_number_counts_the_noun_after_it_in_any_of_its_forms(string text, double value, string unit) =>
        AssertSingle(text, value, unit);

    [Theory]
    [InlineData("بلغ الدين مليونا و200 ألف دولار.", 1.2e6, "USD")]
    [InlineData("تبرع رجل الأعمال بنصف مليون يورو للمستشفى.", 5e5, "EUR")]
    [InlineData("يعيش في المخيمات مليون ونصف لاجئ.", 1.5e6, "refugees")]
    [InlineData("بيعت ثلاثة آلاف وخمسمائة سيارة في الشهر الأول.", 3500, "cars")]
    [InlineData("صدر الميناء 20 ألفا و750 طنا من القمح.", 20750, "tonnes")]
    [InlineData("بلغت حصيلة الحادث مائة وخمسة عشر جريحا.", 115, "injured")]
    [InlineData("ارتفع معدل النمو إلى 5ر3% بحسب التقرير.", 3.5, "percent")]
    [InlineData("اكتتب المستثمرون في 12،500،000 سهم.", 12.5e6, "shares")]
    [InlineData("عبرت المنفذ 12.400 شاحنة محملة بالبضائع.", 12400, "trucks")]
    [InlineData("تملك الشركة احتياطيا يبلغ 8.7 تريليون متر مكعب.", 8.7e12, "cubic meters")]
    public void Numbers_are_read_whole_with_their_compounds_fractions_and_separators(string text, double value, string unit) =>
        AssertSingle(text, value, unit);

    [Theory]
    [InlineData("اجتمع وزراء الدول الست في جنيف.", 6, "countries")]
    [InlineData("وقعت الجمهوريات الأربع على البيان المشترك.", 4, "republics")]
    [InlineData("رفضت الأحزاب الكردية الثلاثة العرض.", 3, "parties")]
    [InlineData("صادقت الدول الـ27 على الميزانية.", 27, "countries")]
    [InlineData("صادقت الدول الـ 28 على الميزانية.", 28, "countries")]
    [InlineData("تتنافس الفرق الست عشرة على اللقب.", 16, "teams")]
    public void A_definite_plural_with_a_definite_number_after_it_is_a_count(string text, double value, string unit) =>
        AssertSingle(text, value, unit);

    [Theory]
    [InlineData("انسحبت ثلاث من الدول المشاركة من المفاوضات.", 3, "countries")]
    [InlineData("أصيب خمسة من الجنود في الهجوم.", 5, "soldiers")]
    [InlineData("شارك 150 ألفا من عديد قواتها في المناورة.", 150000, "troops")]
    [InlineData("نجا اثنان من بين الركاب.", 2, "passengers")]
    [InlineData("أعدم التنظيم 300 من سكان القرية.", 300, "people")]
    [InlineData("التقى الوزير 25 من زعماء القبائل.", 25, "leaders")]
    public void A_partitive_counts_the_definite_plural_after_min(string text, double value, string unit) =>
        AssertSingle(text, value, unit);

    [Fact]
    public void Others_count_more_of_what_the_sentence_already_counted()
    {
        var amounts = Amounts("قتل 9 أشخاص وأصيب 20 آخرون في الانفجار.");
        Assert.Equal([(9.0, "people"), (20.0, "people")], amounts.Select(a => (a.Value!.Value, a.Unit)));
        var hospital = Amounts("نقل 40 مصابا إلى المستشفى، وغادر منهم 12 بعد العلاج.");
        Assert.Equal([(40.0, "injured"), (12.0, "injured")], hospital.Select(a => (a.Value!.Value, a.Unit)));
        var released = Amounts("أفرج عن 14 معتقلا و6 آخرين بعد الوساطة.");
        Assert.All(released, a => Assert.Equal("detainees", a.Unit));
        Assert.Equal(2, released.Count);
    }

    [Fact]
    public void Others_and_pronouns_of_people_never_take_the_unit_of_things()
    {
        var amount = Assert.Single(Amounts("شيدت الشركة 40 منزلا ووصل 12 آخرون إلى الموقع."));
        Assert.Equal("houses", amount.Unit);
        Assert.Equal("provinces", Assert.Single(Amounts("تضررت 9 محافظات، ونقل منهم 37 إلى المستشفى.")).Unit);
    }

    [Theory]
    [InlineData("بلغ عدد الزوار 300 ألف خلال الصيف.", 300000, "visitors")]
    [InlineData("ارتفع عدد اللاجئين إلى مليون ونصف.", 1500000, "refugees")]
    [InlineData("وصل مهاجرون كثيرون يبلغ عددهم 70 ألفا.", 70000, "migrants")]
    [InlineData("يبلغ عديد القوات البرية نحو 400 ألف شخص.", 400000, "troops")]
    [InlineData("يبلغ عدد الموظفين الحكوميين مليوني شخص.", 2000000, "employees")]
    [InlineData("ارتفعت حصيلة القتلى إلى 35 مساء الأحد.", 35, "deaths")]
    [InlineData("اللاجئون في المخيم بلغوا 20 ألفا.", 20000, "refugees")]
    public void A_count_head_gives_its_noun_to_a_number_without_one(string text, double value, string unit) =>
        AssertSingle(text, value, unit);

    [Fact]
    public void A_qualifier_before_the_count_head_qualifies_its_number() =>
        Assert.Equal("over", Assert.Single(Amounts("تجاوز عدد المشاركين في السباق 5000 هذا العام.")).Qualifier);

    [Theory]
    [InlineData("بلغ عدد الشركات المسجلة في الغرفة التجارية بالمدينة الساحلية الكبرى منذ افتتاحها 500.")]
    [InlineData("أعلن عدد من الدول أن 300 ألف يكفي للبدء.")]
    [InlineData("ارتفع عدد السياح، وقالت الوزارة إن 20 ألفا سيصلون قريبا.")]
    [InlineData("بلغ عدد الطلاب 30 صفا دراسيا.")]
    [InlineData("وصل المبلغ المطلوب إلى 300 ألف.")]
    [InlineData("الصادرات بلغت 300 ألف في الربع الأول.")]
    [InlineData("وقال ثلاثة آخرون إنهم غادروا المكان.")]
    [InlineData("كان واحدا من أكبر المشاريع في المنطقة.")]
    [InlineData("اختار الحزب طريقا واحدا فقط.")]
    [InlineData("رفع المتظاهرون شعار بلد واحد/ نظامان.")]
    [InlineData("وقع البلدان اتفاقيتين للتعاون.")]
    public void A_number_with_nothing_counted_near_it_is_not_an_amount(string text) =>
        Assert.Empty(Amounts(text));

    [Theory]
    [InlineData("انضمت البلاد بصفتها العضو الـ150 في المنظمة.")]
    [InlineData("انطلقت النسخة الـ 21 من البطولة في المدينة.")]
    [InlineData("اجتمع قادة مجموعة السبع في كندا.")]
    [InlineData("تعقد قمة الدول السبع الكبرى في فرنسا.")]
    [InlineData("احتفلت الجمعية بالذكرى الـ30 لتأسيسها.")]
    [InlineData("احتل المنتخب المركز الخامس عشر في الترتيب.")]
    [InlineData("يبلغ الطفل الثالثة عشرة من عمره.")]
    [InlineData("سجل المهاجم في الدقيقة 88 من المباراة.")]
    [InlineData("بدأت مناورات فوستوك-2018 في الشرق.")]
    [InlineData("تسلم الجيش منظومة إس-400 الروسية.")]
    [InlineData("حضر قمة G20 عدد كبير من القادة.")]
    [InlineData("أطلقت الشركة شبكات 5G في العاصمة.")]
    [InlineData("توفي الكاتب عن 74 عاما.")]
    [InlineData("استقبلت البلاد آلاف اللاجئين.")]
    [InlineData("قتل عشرات من الجنود في المعارك.")]
    public void Ranks_names_ages_and_vague_quantities_are_not_counts(string text) =>
        Assert.Empty(Amounts(text));
}
