using Rasd.Records;

namespace Rasd.Tests.Stages;

public sealed class QuoteTests
{
    private const string Lead = "محادثات في العاصمة\n\n";

    private static IReadOnlyList<QuoteRecord> Quotes(string body, string? published = "2023-05-10") => Analysis.Record(Lead + body, published).Quotes;

    [Theory]
    [InlineData("وقالت وزارة الخارجية الروسية إن السفير سيغادر البلاد.\nوأضافت الوزارة في بيان أن القرار نهائي.", "org:russian-foreign-ministry")]
    [InlineData("وذكرت وكالة تاس أن الاجتماع تأجل.\nوقالت الوكالة إن الوفد سيصل غدا.", "agency:tass")]
    [InlineData("وأعلنت شركة غازبروم أنها رفعت الإنتاج.\nوقالت الشركة إن الأسعار ستنخفض.", "org:gazprom")]
    [InlineData("وذكرت وكالة تاس الروسية أن الاجتماع تأجل.\nوبحسب الوكالة، فإن الوفد سيصل غدا.", "agency:tass")]
    public void A_definite_head_noun_refers_back_to_the_body_it_headed(string body, string speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nوبحسب جمعيات حقوقية، فإن نحو 450 شخصا أوقفوا خلال الأحداث.")]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nووفقا للوائح الجديدة فإن آخر موعد للترشح هو نهاية الشهر.")]
    public void An_according_to_source_no_entity_names_is_unknown_not_the_last_speaker(string body) =>
        Assert.Null(Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("التقى الوزيران في جنيف.\nوقال دبلوماسي أمريكي إن المحادثات كانت صعبة.", "country:US")]
    [InlineData("التقى الوزيران في جنيف.\nوقال مصدر عسكري روسي إن القوات ستنسحب غدا.", "country:RU")]
    [InlineData("وقال مسؤول روسي إن موسكو مستعدة للحوار.\nوقال دبلوماسي غربي إن الاتفاق بات قريبا.", null)]
    [InlineData("التقى الوزيران في جنيف.\nوقال مسؤولان تركيان للوكالة إن الهجوم انتحاري.", "country:TR")]
    [InlineData("التقى الوزيران في جنيف.\nوقالت مصادر أمنية روسية إن الوفد سيصل غدا.", "country:RU")]
    [InlineData("التقى الوزيران في جنيف.\nوقال مسؤولون أتراك إن الوفد وصل إلى أنقرة.", "country:TR")]
    public void An_unnamed_source_speaks_for_the_state_its_adjective_names_and_no_other(string body, string? speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مثمرة.\nوقال 58 بالمئة من المشاركين في الاستطلاع إن الأسعار مرتفعة.", null)]
    [InlineData("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مثمرة.\nوقال ثلاثة مسؤولين للوكالة إن الاجتماع تأجل.", null)]
    [InlineData("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مثمرة.\nوقال عشرات المحتجين إن الشرطة فرقتهم بالقوة.", null)]
    [InlineData("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مثمرة.\nوقال ثلاثة مسؤولين روس للصحفيين إن الوفد سيصل غدا.", "country:RU")]
    [InlineData("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مثمرة.\nوقال مسؤولان للصحفيين إن الوفد سيصل غدا.", null)]
    public void People_counted_are_unnamed_and_continue_no_one(string body, string? speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("وقال مسؤولون في إدارة ترامب للصحفيين إن العقوبات باقية.", "country:US")]
    [InlineData("وقال مصدر في حكومة الرئيس بنيامين نتنياهو إن الاتفاق قريب.", "country:IL")]
    [InlineData("وقال دبلوماسي رفيع بالسفارة الأمريكية بالقاهرة اللواء تشارلز هوبر: إن \"الطائرات توفر قدرات كبيرة\".", "person:ar:تشارلز-هوبر")]
    [InlineData("وقال مصدر مقرب من الرئيس فلاديمير بوتين إن الزيارة تأجلت.", null)]
    [InlineData("وقال مفاوضون من المعارضة السورية إن المحادثات بدأت في جنيف.", null)]
    public void An_unnamed_source_is_not_the_person_or_the_state_its_description_names(string body, string? speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("وقال الباحث اليمني في حديثه للصحيفة إن الحكومة قصرت في عملها.")]
    [InlineData("وقال محامي السيدة الأمريكية في بيان إن الأسرة قررت الكشف عن القصة.")]
    [InlineData("وأكد الرجل السويسري البالغ من العمر 70 عاما أنه سيقرر خلال أيام.")]
    public void A_state_s_adjective_on_a_private_person_is_a_nationality_and_no_state_speaks(string body)
    {
        var record = Analysis.Record(Lead + body, "2023-05-10");
        Assert.Null(Assert.Single(record.Quotes).Speaker);
        Assert.DoesNotContain(record.Entities, e => e.Type == "country");
    }

    [Theory]
    [InlineData("وقالت الهيئة الوطنية للأمن السيبراني في كندا (إن سي إيه) إنها تحقق في الهجوم على شبكة الكهرباء.", "تحقق في الهجوم على شبكة الكهرباء")]
    [InlineData("وأعلنت شركة الطيران الوطنية (إن إيه إل) أن رحلاتها ستستأنف الأحد.", "رحلاتها ستستأنف الأحد")]
    public void A_complementizer_inside_brackets_is_an_aside_not_the_clause_s_opening(string body, string text) =>
        Assert.Equal(text, Assert.Single(Quotes(body)).Text);

    [Fact]
    public void Brackets_round_a_whole_clause_quote_it() =>
        Assert.StartsWith("الحكومة لن تتراجع عن موقفها", Assert.Single(Quotes("وقال الوزير السابق في كلمته أمام النواب (إن الحكومة لن تتراجع عن موقفها من الإصلاحات مهما طال الزمن).")).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("والتقى الوفد الكاتب جمال خاشقجي في إسطنبول الأسبوع الماضي.\nوقال المسؤول السعودي للصحفيين إن الزيارة كانت خاصة.", "person:jamal-khashoggi")]
    [InlineData("وقال الخبير الروسي أندريه كوزنتسوف إن العقوبات لن تنجح.\nوأكد المسؤول الروسي أن موسكو سترد على القرار.", "person:ar:اندريه-كوزنتسوف")]
    public void An_official_is_not_the_journalist_or_the_expert_named_before(string body, string named)
    {
        var quotes = Quotes(body);
        Assert.NotEqual(named, quotes[^1].Speaker);
        Assert.Contains(quotes, q => q.Speaker == named || quotes.Count == 1);
    }

    [Fact]
    public void An_according_to_source_tied_to_a_state_speaks_for_it() =>
        Assert.Equal("country:RU", Quotes("قال وزير الخارجية الأمريكي جون كيري إن المفاوضات صعبة.\nوبحسب مصادر روسية، فإن الوفد سيصل غدا إلى جنيف.")[^1].Speaker);

    [Fact]
    public void According_to_the_statement_is_its_issuer()
    {
        var quotes = Quotes("وأعلنت وزارة الخارجية الروسية في بيان أن السفير سيغادر البلاد.\nوبحسب البيان، فإن القرار نهائي ولا رجعة فيه.");
        Assert.Equal("org:russian-foreign-ministry", quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nوقالوا إن الرد سيشمل طرد دبلوماسيين.")]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nورفض خبراء ذلك، مؤكدين أن الرد لن يغير شيئا.")]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nوأكدا أن الرد سيكون حازما.")]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nويقولون إن الرد سيكون حازما.")]
    public void A_plural_or_dual_cue_continues_no_single_speaker(string body) =>
        Assert.All(Quotes(body).Skip(1), q => Assert.Null(q.Speaker));

    [Theory]
    [InlineData("وذكرت وسائل الإعلام الأمريكية أن الطائرة هبطت بسلام في المطار بعد عطل في المحرك.")]
    [InlineData("وقالت تقارير إعلامية تركية إن المهاجم كان يعمل في المدينة منذ عامين.")]
    [InlineData("وبحسب الصحف الإيطالية، فإن المدرب سيغادر النادي في نهاية الموسم.")]
    [InlineData("وبحسب موقع محلي بريطاني، فإن الفتاة توفيت متأثرة بإصاباتها في المستشفى.")]
    public void The_press_at_large_speaks_for_no_state(string body) =>
        Assert.Null(Quotes(body)[^1].Speaker);

    [Fact]
    public void The_press_does_not_pass_the_last_speaker_on()
    {
        var quotes = Quotes("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nوذكرت وسائل إعلام روسية أن الرد سيشمل طرد دبلوماسيين.\nوأضافت أن القرار سيعلن خلال أيام.");
        Assert.Equal("person:recep-tayyip-erdogan", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
        Assert.Null(quotes[2].Speaker);
    }

    [Theory]
    [InlineData("وبحسب صحيفة الغارديان البريطانية، فإن الحكومة ستعلن القرار غدا.", "agency:guardian")]
    [InlineData("ووفقا لوكالة تاس الروسية، فإن الوفد سيصل إلى العاصمة غدا.", "agency:tass")]
    [InlineData("وأعلنت وكالة الأنباء الروسية تاس أن الوفد سيصل إلى العاصمة غدا.", "agency:tass")]
    [InlineData("وقالت الإذاعة التابعة لوزارة الداخلية التركية إن الطرق المؤدية إلى المطار ستغلق غدا.", "org:turkiye-interior-ministry")]
    public void An_outlet_or_the_body_that_owns_it_speaks_after_its_noun(string body, string speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة.\nوقال في تصريحات لصحيفة إزفيستيا نشرت أمس إن الرد سيكون حازما.")]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تقبل الرسوم الجديدة، وفقا لوكالة الأناضول.\nوأضاف أن الرد سيكون حازما.")]
    [InlineData("وأكد الرئيس التركي رجب طيب أردوغان، وفقا لوكالة الأناضول، أن الرد سيكون حازما.")]
    public void An_outlet_told_or_credited_does_not_take_the_speaker_s_place(string body) =>
        Assert.Equal("person:recep-tayyip-erdogan", Quotes(body)[^1].Speaker);

    [Fact]
    public void An_according_to_phrase_before_a_report_of_its_own_leaves_the_report_to_its_verb()
    {
        var quotes = Quotes("وحسب وكالة الأناضول، أوضح أردوغان في كلمة أمام أنصاره أن الرد سيكون حازما.");
        Assert.Equal("person:recep-tayyip-erdogan", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("وغرد الرئيس الأمريكي دونالد ترامب على تويتر: \"سنفرض عقوبات جديدة على كل من يتعامل مع طهران\".", "person:donald-trump")]
    [InlineData("وغردت وزارة الخارجية الروسية أن السفير سيعود إلى موسكو للتشاور.", "org:russian-foreign-ministry")]
    public void A_tweet_is_a_statement_of_who_tweeted(string body, string speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void Singing_out_of_the_flock_is_no_statement() =>
        Assert.Empty(Quotes("ويغرد النائب خارج السرب منذ أشهر في مواقفه من الحكومة."));

    [Theory]
    [InlineData("وكتبت جمعية محلية على \"تويتر\" أيضا: \"نعلن بأسف شديد إلغاء ما تبقى من المهرجان\".")]
    [InlineData("وقال ناشطون عبر فيسبوك إن الشرطة أغلقت الطريق المؤدي إلى الساحة.")]
    public void The_medium_a_statement_went_out_on_is_not_its_speaker(string body) =>
        Assert.DoesNotContain(Quotes(body), q => q.Speaker is "org:twitter" or "org:facebook");

    [Theory]
    [InlineData("وقال لافروف إن موسكو تنتظر الرد. أما الرئيس الإيراني حسن روحاني فأكد الأحد أن طهران لن تتراجع عن مواقفها.", "person:hassan-rouhani")]
    [InlineData("أما بوتين فيقول في كتابه عن ترامب إن العلاقات بين البلدين تمر بمرحلة صعبة.", "person:vladimir-putin")]
    [InlineData("وقال لافروف إن الجولة انتهت. وأما وزارة الخارجية الأمريكية فقد قالت في بيان إن المحادثات كانت مفيدة.", "org:us-state-department")]
    [InlineData("وقال لافروف إن موسكو تنتظر الرد. أما عن الزيارة فقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده تنتظر خطوات عملية.", "person:mohammad-javad-zarif")]
    [InlineData("أما وكالة تاس فنقلت عن وزير الخارجية الإيراني محمد جواد ظريف قوله إن بلاده تنتظر خطوات عملية من أوروبا.", "person:mohammad-javad-zarif")]
    public void The_topic_that_amma_fronts_is_the_subject_of_the_verb_that_takes_it_up(string body, string speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("وجاء في بيان وزارة الخارجية الروسية أن موسكو سترد على القرار بالمثل.", "org:russian-foreign-ministry")]
    [InlineData("أعلن الكرملين أن الرئيس سيزور الصين الشهر المقبل.\nوجاء في البيان أن الزيارة تستمر ثلاثة أيام.", "org:kremlin")]
    public void What_came_in_a_statement_is_said_by_its_issuer_or_the_one_who_last_spoke(string body, string speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("وقالت وكالة تاس الروسية إن الوفد وصل إلى العاصمة صباح اليوم.", "agency:tass")]
    [InlineData("وذكرت صحيفة \"صن\" البريطانية أن النادي يستعد لصفقة كبيرة.", "agency:ar:صن")]
    public void An_outlet_subject_speaks_and_its_state_adjective_only_qualifies_it(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_body_a_quoting_outlet_cites_speaks_rather_than_the_outlet()
    {
        var quote = Assert.Single(Quotes("ونقلت وكالة رويترز عن مسؤول في البيت الأبيض قوله إن واشنطن ستفرض عقوبات جديدة."));
        Assert.Equal("org:white-house", quote.Speaker);
    }

    [Theory]
    [InlineData("ونشر الكاتب في الصحيفة مقالا بعنوان «الطريق الطويل إلى السلام في المنطقة» أثار جدلا واسعا.")]
    [InlineData("وخرج آلاف المتظاهرين إلى الشوارع رافعين شعار \"لا للفساد ولا للمحسوبية في البلاد\" أمام البرلمان.")]
    [InlineData("وأطلقت الوزارة حملة \"معا من أجل مدارس أكثر أمانا\" في عشرين مدينة.")]
    public void A_quotation_right_after_a_noun_it_names_is_a_title_not_a_statement(string body) =>
        Assert.Empty(Quotes(body));

    [Fact]
    public void An_outlet_named_in_quotation_marks_is_the_verbs_subject()
    {
        var quote = Assert.Single(Quotes("وقالت صحيفة \"وول ستريت جورنال\" إن الشركة تدرس بيع أصولها في آسيا."));
        Assert.Equal("agency:wsj", quote.Speaker);
    }

    [Theory]
    [InlineData("أعلنت وزارة الخارجية الروسية أنها ستغلق القنصلية.\nوقالت الوزارة التي استدعت السفير الفرنسي في موسكو إن الإجراء جاء ردا على قرار باريس.", "org:russian-foreign-ministry")]
    [InlineData("نشرت وزارة الدفاع الصينية صورا من التدريبات.\nوأكدت الوزارة الصينية أن ألف جندي شاركوا في المناورات.", "org:china-defense-ministry")]
    public void A_definite_head_noun_subject_speaks_for_its_body_not_for_a_state_its_clause_or_adjective_names(string body, string speaker) =>
        Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void A_head_noun_with_the_adjective_of_another_state_is_not_the_body_named_before()
    {
        var quotes = Quotes("أعلنت وزارة الدفاع الروسية بدء المناورات.\nوقالت الوزارة الأمريكية إن واشنطن تتابع التدريبات عن كثب.");
        Assert.NotEqual("org:russian-defense-ministry", quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("وذكر تقرير لصحيفة وول ستريت جورنال أمس أن الشركة تدرس بيع أصولها في آسيا.", "agency:wsj")]
    [InlineData("وقال بيان صادر عن وزارة الخارجية الروسية إن موسكو سترد بالمثل.", "org:russian-foreign-ministry")]
    public void The_issuer_named_after_a_statement_that_is_the_verbs_subject_speaks(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Witnesses_are_an_unnamed_subject_that_continues_no_one()
    {
        var quotes = Quotes("وقال وزير الخارجية العراقي إن الوضع مستقر. وقال شهود لوكالة رويترز إن القصف استمر طوال الليل.");
        Assert.Null(quotes[^1].Speaker);
    }

    [Fact]
    public void A_verb_that_speaks_in_a_statement_belonging_to_someone_gives_it_to_them()
    {
        var quote = Assert.Single(Quotes("وانتقد الوزير تصريحات لجافين وليامسون قال فيها إن موسكو تتصرف بتهور."));
        Assert.Equal("person:gavin-williamson", quote.Speaker);
    }

    [Fact]
    public void A_feminine_cue_without_a_subject_never_continues_a_man()
    {
        var quotes = Quotes("وقال الرئيس الروسي فلاديمير بوتين إن بلاده سترد. وكانت شركة الطاقة الإيطالية اكتشفت الحقل عام 2015 مؤكدة أنه الأكبر في البحر المتوسط.");
        Assert.Equal("person:vladimir-putin", quotes[0].Speaker);
        Assert.NotEqual("person:vladimir-putin", quotes[^1].Speaker);
    }

    [Fact]
    public void A_feminine_cue_without_a_subject_continues_the_woman_who_spoke()
    {
        var quotes = Quotes("وأكدت المتحدثة ماريا زاخاروفا في مؤتمر صحفي أن العقوبات لن تنجح. وأضافت أن بلادها ستتخذ إجراءات مماثلة.");
        Assert.All(quotes, q => Assert.Equal("person:maria-zakharova", q.Speaker));
    }

    [Fact]
    public void A_person_after_an_opening_auxiliary_is_the_subject_a_later_bare_cue_continues()
    {
        var quotes = Quotes("وقال المحقق روبرت مولر إن التحقيق مستمر. وكان ترامب قد اتهم المكتب بالتجسس على حملته. وأضاف في تغريدة أن الأمر خدعة.");
        Assert.Equal("person:donald-trump", quotes[^1].Speaker);
    }

    [Fact]
    public void A_name_that_reads_as_a_preposition_and_a_verb_is_no_reporting_verb()
    {
        var quotes = Quotes("وأكد وزير الخارجية الأميركي جون كيري أن الاتفاق سيجعل المنطقة أكثر أمانا. وقال كيري خلال مؤتمر صحافي إن المحادثات بناءة.");
        Assert.Equal(["person:john-kerry", "person:john-kerry"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_place_in_the_phrase_right_after_the_verb_is_where_it_was_said_not_who_said_it()
    {
        var quote = Assert.Single(Quotes("ووصل وزير الخارجية الروسي سيرغي لافروف إلى تركيا أمس. وقال في مؤتمر صحافي عقده في أنقرة إن المحادثات كانت مثمرة."));
        Assert.Equal("person:sergey-lavrov", quote.Speaker);
    }

    [Fact]
    public void The_body_whose_statement_the_phrase_after_the_verb_names_speaks()
    {
        var quote = Assert.Single(Quotes("وقالت في بيان وزارة الخارجية الروسية إن موسكو سترد بالمثل."));
        Assert.Equal("org:russian-foreign-ministry", quote.Speaker);
    }

    [Fact]
    public void The_clause_opens_after_his_saying_however_long_the_name_and_titles_before_it()
    {
        var quote = Assert.Single(Quotes("ونقلت صحيفة محلية عن سيرغي لافروف، وزير الخارجية في الحكومة الروسية، قوله أمس، إن موسكو تتوقع أن يستأنف الحوار قريبا."));
        Assert.Equal("person:sergey-lavrov", quote.Speaker);
        Assert.StartsWith("موسكو تتوقع", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_that_is_the_subject_of_the_verb_speaks_and_one_told_does_not()
    {
        Assert.Equal("agency:tass", Assert.Single(Quotes("وذكرت وكالة تاس أن الاجتماع تأجل إلى الأسبوع المقبل.")).Speaker);
        Assert.All(Quotes("وقال مصدر دبلوماسي لوكالة الأنباء الفرنسية إن الاجتماع تأجل إلى الأسبوع المقبل."), q => Assert.NotEqual("agency:afp", q.Speaker));
    }

    [Theory]
    [InlineData("وقالت الشرطة الفرنسية إنها أوقفت ثلاثة أشخاص بعد الهجوم.", "org:france-police")]
    [InlineData("وصلت المجموعة إلى طاجيكستان الأسبوع الماضي.\nوأكدت الشرطة في بيان أنها تلاحق المشتبه بهم.", "org:tajikistan-police")]
    public void The_police_speak_for_the_state_named_beside_them_or_the_articles_own(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Direct_speech_after_a_colon_is_attributed_to_the_subject_of_the_verb()
    {
        var quote = Assert.Single(Quotes("وقال الرئيس قاسم جومارت توكاييف خلال لقائه بالصحفيين: \"سنواصل العمل مع جميع الشركاء دون استثناء\"."));
        Assert.Equal("direct", quote.Kind);
        Assert.Equal("person:kassym-jomart-tokayev", quote.Speaker);
        Assert.Equal("سنواصل العمل مع جميع الشركاء دون استثناء", quote.Text);
    }

    [Fact]
    public void Indirect_speech_runs_from_the_complementizer_to_the_end_of_the_clause()
    {
        var quote = Assert.Single(Quotes("أوضح الرئيس شوكت ميرزيوييف أن بلاده ستضاعف صادراتها الزراعية إلى الأسواق المجاورة."));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("person:shavkat-mirziyoyev", quote.Speaker);
        Assert.Equal("بلاده ستضاعف صادراتها الزراعية إلى الأسواق المجاورة", quote.Text);
    }

    [Fact]
    public void Continuations_inherit_the_last_explicit_speaker()
    {
        var quotes = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة.\nوأضاف: \"لا نرى أي بديل عن الحوار في هذه المرحلة\".\nواستدرك قائلا: \"لكن الصبر له حدود واضحة بالطبع\".");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("person:sergey-lavrov", q.Speaker));
    }

    [Fact]
    public void Role_phrases_resolve_to_the_person_the_article_tied_them_to()
    {
        var quotes = Quotes("التقى نائب وزير الخارجية الروسي، أندريه رودينكو، بالسفير الأوزبكي. وقال الدبلوماسي الروسي: \"نعمل على تعميق الشراكة في كل المجالات\".");
        Assert.Equal("person:andrey-rudenko", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void According_to_with_fa_inna_is_indirect_speech()
    {
        var quotes = Quotes("أشاد صادر جاباروف بالاتفاق. ووفقا له، فإن التعاون الصناعي سيتوسع في العام المقبل.");
        var quote = Assert.Single(quotes);
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("person:sadyr-japarov", quote.Speaker);
        Assert.StartsWith("التعاون الصناعي سيتوسع", quote.Text);
    }

    [Fact]
    public void A_clause_that_opens_with_a_quotation_is_reported_once_as_direct_speech()
    {
        var quote = Assert.Single(Quotes("وشدد سيرغي لافروف على أن \"أمن المنطقة لا يتجزأ ولا يمكن فصله عن أمننا\"."));
        Assert.Equal("direct", quote.Kind);
        Assert.StartsWith("أمن المنطقة", quote.Text);
    }

    [Fact]
    public void Nested_quotation_marks_and_an_unclosed_opening_mark_stay_inside_one_quotation()
    {
        var quotes = Quotes("وقال سيرغي لافروف: \"نحن نقرأ ما يكتبونه \"...\" ولا نصدق كل شيء، فالصحافة الغربية تكتب عن \"تهديد\" غير موجود\".\nوتابع: «سنرد في الوقت المناسب على كل هذه الادعاءات");
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("نحن نقرأ ما يكتبونه", quotes[0].Text);
        Assert.EndsWith("غير موجود", quotes[0].Text);
        Assert.Equal("سنرد في الوقت المناسب على كل هذه الادعاءات", quotes[1].Text);
    }

    [Fact]
    public void A_quotation_never_swallows_the_next_paragraph()
    {
        var quotes = Quotes("وقال سيرغي لافروف: \"سنواصل دعم الحلفاء في آسيا الوسطى\n\nوفي سياق آخر، أعلن شوكت ميرزيوييف أن الإصلاحات الاقتصادية مستمرة.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("سنواصل دعم الحلفاء في آسيا الوسطى", quotes[0].Text);
        Assert.Equal("person:shavkat-mirziyoyev", quotes[1].Speaker);
    }

    [Fact]
    public void A_speaker_is_never_a_country_when_a_person_is_named()
    {
        var quote = Assert.Single(Quotes("أكد رئيس كازاخستان قاسم جومارت توكاييف أن الحدود ستبقى مفتوحة أمام التجارة."));
        Assert.Equal("person:kassym-jomart-tokayev", quote.Speaker);
    }

    [Fact]
    public void A_government_without_a_named_person_speaks_for_its_country()
    {
        var quote = Assert.Single(Quotes("وتقول الحكومة الأوزبكية إن عدد السياح تضاعف خلال العام."));
        Assert.Equal("country:UZ", quote.Speaker);
    }

    [Theory]
    [InlineData("وقعت الاتفاقية مع وكالة \"كابار\" الحكومية في بيشكيك.")]
    [InlineData("احتفل البلدان بما سمي \"عام الصداقة الروسية\" في العاصمة.")]
    [InlineData("يذكر أن الوفد وصل إلى المدينة صباح اليوم.")]
    [InlineData("وكشف الوزير عن خطة جديدة للنقل.")]
    public void Quoted_names_titles_and_non_reporting_phrases_are_not_quotes(string body) => Assert.Empty(Quotes(body));

    [Fact]
    public void A_present_tense_verb_without_a_subject_does_not_continue_the_last_speaker()
    {
        var quotes = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة.\nويعتقد أن الوزارة تعد ردا على القرار الأخير.");
        Assert.Equal("المفاوضات مستمرة", Assert.Single(quotes).Text);
    }

    [Fact]
    public void An_unnamed_subject_speaks_for_itself_not_for_the_last_speaker()
    {
        var quotes = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة.\nوقال مصدر دبلوماسي إن الجولة المقبلة ستعقد في جنيف.\nوأكدت السلطات أن الحدود مغلقة حتى إشعار آخر.");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("person:sergey-lavrov", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
        Assert.Null(quotes[2].Speaker);
    }

    [Fact]
    public void A_quotation_opening_a_later_paragraph_without_a_cue_has_no_inherited_speaker()
    {
        var quotes = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة.\n\nوفي الشارع كانت الأجواء هادئة. \"لم نسمع أي شيء عن الاتفاق حتى الآن\" هكذا علق أحد المارة.");
        Assert.Null(quotes.Single(q => q.Kind == "direct").Speaker);
    }

    [Fact]
    public void A_quoted_fragment_after_a_short_subject_is_part_of_the_indirect_statement()
    {
        var quote = Assert.Single(Quotes("وقال سيرغي لافروف إن لندن \"تدير حملة تضليل منظمة\" ضد بلاده."));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("person:sergey-lavrov", quote.Speaker);
        Assert.StartsWith("لندن \"تدير حملة تضليل منظمة\" ضد بلاده", quote.Text);
    }

    [Fact]
    public void A_quotation_after_a_resumed_clause_is_direct_speech_only()
    {
        var quote = Assert.Single(Quotes("وأعرب سيرغي لافروف عن ثقته بأنه رغم كل الصعوبات الاقتصادية الراهنة، فإن \"الشراكة بين البلدين ستخرج أقوى مما كانت\"."));
        Assert.Equal("direct", quote.Kind);
        Assert.StartsWith("الشراكة بين البلدين", quote.Text);
    }

    [Fact]
    public void An_unnamed_source_tied_to_a_state_speaks_for_it_and_is_continued()
    {
        var quotes = Quotes("أكد مصدر دبلوماسي تركي أن المحادثات ستستأنف الأسبوع المقبل في أنقرة.\nوأوضح أن الوفدين سيبحثان ملفات الطاقة والنقل.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("country:TR", q.Speaker));
    }

    [Fact]
    public void A_capital_as_subject_speaks_for_its_country()
    {
        var quote = Assert.Single(Quotes("وأكدت أنقرة أنها سترد على القرار في الوقت المناسب."));
        Assert.Equal("country:TR", quote.Speaker);
    }

    [Fact]
    public void The_one_an_agency_quotes_through_an_is_the_speaker()
    {
        var quote = Assert.Single(Quotes("ونقلت وكالة تاس عن سيرغي لافروف قوله إن موسكو منفتحة على الحوار."));
        Assert.Equal("person:sergey-lavrov", quote.Speaker);
    }

    [Fact]
    public void An_ambiguous_verb_reports_only_with_what_it_takes()
    {
        Assert.Empty(Quotes("وأعاد التلفزيون الرسمي بث المقابلة كاملة مساء أمس."));
        Assert.Empty(Quotes("ونقلت الشاحنات البضائع إلى الميناء قبل أن تغلق الحدود."));
    }

    [Fact]
    public void A_body_opening_the_sentence_is_the_subject_of_a_participle()
    {
        var quote = Assert.Single(Quotes("ونشرت السفارة التركية في موسكو بيانا على موقعها قائلة: \"نتابع أوضاع مواطنينا عن كثب في كل المدن\"."));
        Assert.Equal("country:TR", quote.Speaker);
    }

    [Fact]
    public void A_quotation_after_a_named_subject_is_a_fragment_of_the_indirect_statement()
    {
        var quote = Assert.Single(Quotes("ورأى سيرغي لافروف أن الرئيس الفرنسي إيمانويل ماكرون \"لا يفهم طبيعة المنطقة\"."));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("person:sergey-lavrov", quote.Speaker);
    }

    [Fact]
    public void A_report_coordinated_by_lakin_is_a_statement_of_its_own()
    {
        var quotes = Quotes("وقال سيرغي لافروف إن موسكو لا تسعى إلى التصعيد، لكنه أضاف أن الرد سيكون حازما إذا لزم الأمر.");
        Assert.Equal(2, quotes.Count);
        Assert.Contains(quotes, q => q.Text.StartsWith("الرد سيكون حازما", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_as_the_subject_speaks_for_whoever_issued_it()
    {
        var quotes = Quotes("وأكدت وزارة الخارجية الروسية أن المحادثات ستعقد في موعدها المحدد.\nوأضاف البيان أن الجانبين سيبحثان توسيع التعاون الاقتصادي.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("org:russian-foreign-ministry", q.Speaker));
    }

    [Fact]
    public void A_statement_nobody_issued_in_the_text_has_no_speaker() =>
        Assert.Null(Assert.Single(Quotes("وأضاف البيان أن الجانبين سيبحثان توسيع التعاون الاقتصادي.")).Speaker);

    [Fact]
    public void A_quotation_without_cue_or_subject_right_after_a_paragraph_of_speech_goes_on_with_its_speaker()
    {
        var quotes = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة رغم الصعوبات.\n\nوفي الاجتماع المقبل سيبحث الجانبان «سبل توسيع التعاون الاقتصادي بين البلدين في العام المقبل».");
        Assert.Equal("person:sergey-lavrov", quotes.Single(q => q.Kind == "direct").Speaker);
    }

    [Fact]
    public void A_quotation_after_a_paragraph_without_speech_or_after_another_subject_does_not_inherit()
    {
        var afterNarrative = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة رغم الصعوبات.\n\nوفي الشارع كانت الأجواء هادئة.\n\nوفي الاجتماع المقبل سيبحث الجانبان «سبل توسيع التعاون الاقتصادي بين البلدين في العام المقبل».");
        Assert.Null(afterNarrative.Single(q => q.Kind == "direct").Speaker);
        var afterSubject = Quotes("أكد سيرغي لافروف أن المفاوضات مستمرة رغم الصعوبات.\n\nوكان الرئيس التركي رجب طيب أردوغان قد وعد «بتوسيع التعاون الاقتصادي بين البلدين في العام المقبل».");
        Assert.DoesNotContain(afterSubject, q => q.Kind == "direct" && q.Speaker == "person:sergey-lavrov");
    }

    [Theory]
    [InlineData("ذكرت مجلة «النخلة الذهبية» أن المعرض سيفتتح الشهر المقبل. وأضافت المجلة أن التذاكر نفدت.")]
    [InlineData("وقالت شركة \"رمال الصحراء\" إن أرباحها ارتفعت. وأوضحت الشركة أن الطلب زاد في الربع الأخير.")]
    [InlineData("ذكرت صحيفة «الوادي الأخضر» المغربية أن الأمطار غزيرة. وأشارت الصحيفة المغربية إلى أن السدود امتلأت.")]
    public void A_definite_head_noun_refers_back_to_the_outlet_or_company_named_in_quotation_marks(string body)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Count);
        Assert.NotNull(quotes[0].Speaker);
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void A_head_noun_with_another_state_s_adjective_is_another_outlet()
    {
        var quotes = Quotes("ذكرت صحيفة «الوادي الأخضر» المغربية أن الأمطار غزيرة. وأشارت الصحيفة الجزائرية إلى أن السدود امتلأت.");
        Assert.Equal(2, quotes.Count);
        Assert.NotEqual(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void A_verb_speaking_in_another_s_statement_starts_a_report_of_its_own_inside_a_reported_clause()
    {
        var quotes = Quotes("وأكد الوزير سامح شكري أن الخطة \"ناجحة تماما\"، ردا على تصريحات للوزير الإثيوبي هايلي تسفاي قال فيها إن الخطة \"فاشلة ولن تنجح أبدا\".");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("person:sameh-shoukry", quotes[0].Speaker);
        Assert.Equal("person:ar:هايلي-تسفاي", quotes[1].Speaker);
        Assert.StartsWith("الخطة \"فاشلة", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_no_entity_names_as_the_subject_speaks_unknown_instead_of_continuing_the_last_speaker()
    {
        var quotes = Quotes("وقال المدرب كارلوس فيغا إن الفريق جاهز للمباراة. وأوضح مكتب المحاسبة أن الحسابات سليمة.");
        Assert.Equal(2, quotes.Count);
        Assert.NotNull(quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void The_management_of_a_body_the_text_named_speaks_for_it()
    {
        var quotes = Quotes("وقال المدرب كارلوس فيغا إن الفريق جاهز. وأعلنت شركة \"رمال الصحراء\" عن أرباحها. وأشارت إدارة الشركة إلى أن الطلب زاد.");
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("org:", quotes[1].Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال سكان إن الطريق مغلق منذ الصباح.")]
    [InlineData("وقال ناشطون سوريون إن القصف استمر طوال الليل.")]
    [InlineData("وقال مسعفون لوكالة رويترز إن الجرحى نقلوا إلى المستشفى.")]
    public void A_group_of_people_the_text_does_not_name_speaks_for_no_one_and_no_state(string sentence)
    {
        var quotes = Quotes("وقال المدرب كارلوس فيغا إن الفريق جاهز للمباراة. " + sentence);
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Theory]
    [InlineData("وكان الوزير جان مارتان قد أكد الشهر الماضي أن الاتفاق ضروري.", "person:ar:جان-مارتان")]
    [InlineData("وقال الوزير جان مارتان الأربعاء إن الاتفاق ضروري.", "person:ar:جان-مارتان")]
    public void A_time_word_after_the_verb_is_no_subject(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void An_outlet_that_opens_the_sentence_is_the_subject_of_a_bare_verb()
    {
        var quotes = Quotes("وقال المدرب كارلوس فيغا إن الفريق جاهز. صحيفة «النخلة الذهبية» قالت إن المدرب سيرحل.");
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("agency:", quotes[1].Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_adjective_of_an_outlet_opening_the_sentence_is_no_subject() =>
        Assert.All(Quotes("ومضت صحيفة الوادي المغربية بعيدا عندما كتبت في تقرير لها \"إن الأمطار ستستمر طوال الأسبوع\"."),
            q => Assert.NotEqual("country:MA", q.Speaker));
}
