using Rasd.Records;

namespace Rasd.Tests.Stages;

public sealed class EntityTests
{
    private static IReadOnlyList<EntityRecord> Entities(string text) => Analysis.Record(text).Entities;

    private static EntityRecord Entity(string text, string id) => Assert.Single(Entities(text), e => e.Id == id);

    [Theory]
    [InlineData("استقبل الرئيس طوكاييف وفدا من رجال الأعمال.", "طوكاييف", "person:kassym-jomart-tokayev")]
    [InlineData("وقال توقاييف إن الإصلاحات مستمرة.", "توقاييف", "person:kassym-jomart-tokayev")]
    [InlineData("وصل الرئيس ميرظيوييف إلى العاصمة في زيارة رسمية.", "ميرظيوييف", "person:shavkat-mirziyoyev")]
    [InlineData("وأكد قسيم جومرت توكاييف دعمه للمبادرة.", "قسيم جومرت", "person:kassym-jomart-tokayev")]
    [InlineData("وكان الرئيس الصيني شي جيبينغ قد التقى نظيره الروسي.", "شي جيبينغ", "person:xi-jinping")]
    public void Unseen_spellings_resolve_to_the_known_person(string text, string spelling, string id)
    {
        Assert.DoesNotContain(spelling, File.ReadAllText(Path.Combine(TestPaths.Repository, "data", "gazetteer", "persons.json")));
        var entity = Entity(text, id);
        Assert.InRange(entity.Confidence, 0.8, 1.0);
    }

    [Theory]
    [InlineData("ونقلت وكالة الأنباء الرسمية السورية عن مصدر عسكري أن الطريق فتح.", "agency:sana")]
    [InlineData("وذكرت وكالة الأنباء الحكومية الأردنية أن الوفد وصل إلى العاصمة.", "agency:petra")]
    public void A_state_s_agency_called_official_before_its_state_s_adjective_is_the_agency(string text, string id)
    {
        Assert.DoesNotContain("الرسمية السورية", File.ReadAllText(Path.Combine(TestPaths.Repository, "data", "gazetteer", "agencies.json")));
        Entity(text, id);
        Assert.DoesNotContain(Entities(text), e => e.Type == "country");
    }

    [Fact]
    public void A_name_opening_with_a_short_word_resolves_only_to_a_near_spelling_of_a_person() =>
        Assert.DoesNotContain(Entities("وقيم رئيس لجنة الحكام سعد الأحمري أداء الحكام في الموسم."), e => e.Id == "person:saad-hariri");

    [Theory]
    [InlineData("أزمة الديون\n\nقدمت الحكومة دعم مالي كبير للشركات، وقال خبير مالي إن الوضع صعب.", 0)]
    [InlineData("أزمة الساحل\n\nوزار الرئيس الفرنسي مالي أمس، والتقى رئيس مالي في باماكو.", 2)]
    [InlineData("أزمة الساحل\n\nوتعمل حكومة مالي على استعادة الأمن، ووصلت قوات إلى مالي.", 2)]
    public void A_countrys_name_that_is_also_an_adjective_names_it_only_where_no_adjective_stands(string text, int mentions) =>
        Assert.Equal(mentions, Entities(text).FirstOrDefault(e => e.Id == "country:ML")?.Mentions.Count ?? 0);

    [Fact]
    public void A_surname_resolves_to_the_full_name_introduced_earlier()
    {
        var entity = Entity("التقى صادر جاباروف بالوفد الروسي. وقال جاباروف إن المباحثات كانت مثمرة.", "person:sadyr-japarov");
        Assert.Equal(["صادر جاباروف", "جاباروف"], entity.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_surname_two_known_persons_share_is_reported_as_ambiguous()
    {
        var entity = Assert.Single(Entities("وقال جاباروف إن المباحثات كانت مثمرة."), e => e.Type == "person");
        Assert.StartsWith("person:ar:", entity.Id);
        Assert.NotNull(entity.Alternatives);
        Assert.Contains("person:sadyr-japarov", entity.Alternatives!);
        Assert.True(entity.Alternatives!.Count >= 2);
    }

    [Fact]
    public void Roles_are_recorded_and_resolve_later_role_only_references()
    {
        const string text = "التقى نائب وزير الخارجية الروسي، أندريه رودينكو، بالسفراء في موسكو. وأوضح الدبلوماسي الروسي أن اللقاء كان مفيدا.";
        var entity = Entity(text, "person:andrey-rudenko");
        Assert.Contains("نائب وزير الخارجية الروسي", entity.Roles);
        Assert.Contains(entity.Mentions, m => m.Text == "الدبلوماسي الروسي");
    }

    [Theory]
    [InlineData("وقال رئيس جامعة الملك فيصل للعلوم الطبية إن الكلية ستفتح أبوابها العام المقبل.", "للعلوم")]
    [InlineData("وأعلن مدير مركز الأمير سلطان للتنمية الريفية عن برنامج جديد للمزارعين.", "للتنمية")]
    public void A_word_of_li_before_the_article_is_never_part_of_a_persons_name(string text, string phrase) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person" && e.Mentions.Any(m => m.Text.Contains(phrase, StringComparison.Ordinal)));

    [Theory]
    [InlineData("واستقبل الأمير سلطان بن عبدالعزيز وفدا من رجال الأعمال في الرياض.", "person:salman-bin-abdulaziz")]
    [InlineData("وأعلن خالد بن سلطان افتتاح المعرض في جدة.", "person:khalid-bin-salman")]
    public void A_name_of_several_words_with_one_consonant_for_another_is_another_person(string text, string id) =>
        Assert.DoesNotContain(Entities(text), e => e.Id == id);

    [Theory]
    [InlineData("وقال ينس شتولتينبيرج إن الحلف سيعزز وجوده في الشرق.", "person:jens-stoltenberg")]
    [InlineData("وطالب صلاح الدين دمرداش بالإفراج عن النواب المعتقلين.", "person:selahattin-demirtas")]
    public void A_name_of_several_words_spelled_as_another_language_transliterates_it_is_the_known_person(string text, string id) =>
        Assert.Contains(Entities(text), e => e.Id == id);

    [Fact]
    public void One_word_that_real_news_uses_as_a_persons_name_after_a_reporting_verb_is_the_speaker()
    {
        var record = Analysis.Record("احتجاج في الساحة\n\nوقالت يلينا إن الحملة ستستمر حتى تحقيق أهدافها.");
        var speaker = Assert.Single(record.Entities, e => e.Type == "person");
        Assert.Equal(["يلينا"], speaker.Mentions.Select(m => m.Text));
        Assert.Equal(speaker.Id, Assert.Single(record.Quotes).Speaker);
    }

    [Theory]
    [InlineData("وقال غرينفيلدز في مدونته إن الشركات تجني المال من البيانات.", "غرينفيلدز")]
    [InlineData("وأوضح كوبرزاك خلال المؤتمر أن الخطة جاهزة للتنفيذ.", "كوبرزاك")]
    public void One_word_real_news_never_uses_after_a_reporting_verb_is_the_speaker(string body, string name)
    {
        var record = Analysis.Record("تقرير جديد\n\n" + body);
        var speaker = Assert.Single(record.Entities, e => e.Type == "person");
        Assert.Equal([name], speaker.Mentions.Select(m => m.Text));
        Assert.Equal(speaker.Id, Assert.Single(record.Quotes).Speaker);
    }

    [Fact]
    public void A_word_real_news_never_uses_that_a_pronoun_ends_is_no_speaker_s_name() =>
        Assert.DoesNotContain(Entities("تقرير جديد\n\nوقال مصممونا في بيان إن التطبيق آمن."), e => e.Type == "person");

    [Fact]
    public void One_word_near_a_word_of_a_person_named_in_full_is_no_new_speaker()
    {
        var entities = Entities("وقال المدرب بيب غوارديولا إن الفريق قدم أداء جيدا. وقال جوارديولا إن اللقب ما زال ممكنا.");
        Assert.DoesNotContain(entities, e => e.Id == "person:ar:جوارديولا");
    }

    [Theory]
    [InlineData("التقى وزير الخارجية الأمريكي أنتوني بلينكن نظراءه الأوروبيين. وقال مسؤول في وزارة الخارجية الأمريكية إن الاجتماع تناول العقوبات.")]
    [InlineData("التقى وزير الخارجية الأمريكي أنتوني بلينكن نظراءه الأوروبيين. وقال مسؤول أمريكي إن الاجتماع تناول العقوبات.")]
    public void An_indefinite_person_noun_introduces_someone_unnamed_and_refers_to_no_one_before(string text)
    {
        var blinken = Entity(text, "person:antony-blinken");
        Assert.DoesNotContain(blinken.Mentions, m => m.Text.Contains("مسؤول", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definite_person_noun_after_an_unnamed_one_of_its_kind_refers_to_that_one()
    {
        const string text = "استقبل الرئيس الفرنسي إيمانويل ماكرون وفدا من المستثمرين. وقال مسؤول فرنسي إن المحادثات كانت صريحة. وأضاف المسؤول الفرنسي أن العقود ستوقع قريبا.";
        var macron = Entity(text, "person:emmanuel-macron");
        Assert.DoesNotContain(macron.Mentions, m => m.Text.Contains("المسؤول", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("أكد وزير الخارجية الروسي سيرغي لافروف أن الحل الدبلوماسي هو الطريق الوحيد لإنهاء الأزمة.", "person:sergey-lavrov", "الدبلوماسي")]
    [InlineData("قال وزير الخارجية الروسي سيرغي لافروف إن الجهات المسؤولة عن الهجوم ستحاسب.", "person:sergey-lavrov", "المسؤولة")]
    public void A_person_noun_qualifying_the_noun_before_it_is_an_adjective_and_names_no_one(string text, string id, string adjective) =>
        Assert.DoesNotContain(Entity(text, id).Mentions, m => m.Text.Contains(adjective, StringComparison.Ordinal));

    [Fact]
    public void A_title_in_construct_with_a_definite_noun_still_refers_back()
    {
        const string text = "التقى وزير الخزانة الأمريكي ستيفن منوشين رجال الأعمال. وقال وزير الخزانة الأمريكي إن الرسوم ستبقى.";
        var entity = Entity(text, "person:steven-mnuchin");
        Assert.Equal(2, entity.Mentions.Count(m => m.Text.StartsWith("وزير الخزانة", StringComparison.Ordinal) || m.Text.Contains("منوشين", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_date_the_title_the_text_gives_a_known_person_wins_over_their_latest_office()
    {
        const string text = "زار وزير الخارجية الياباني فوميو كيشيدا العاصمة الهندية لبحث التجارة. وقال وزير الخارجية الياباني إن المحادثات كانت مثمرة.";
        var entity = Entity(text, "person:fumio-kishida");
        Assert.Contains(entity.Mentions, m => m.Text.StartsWith("وزير الخارجية الياباني", StringComparison.Ordinal) && m.Start > text.IndexOf('.', StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_alone_resolves_to_the_office_holder_on_the_publication_date()
    {
        var record = Analysis.Record("أجرى الرئيس القيرغيزستاني اتصالا هاتفيا مع نظرائه.", published: "2023-03-01");
        Assert.Contains(record.Entities, e => e.Id == "person:sadyr-japarov" && e.Mentions.Any(m => m.Text == "الرئيس القيرغيزستاني"));
    }

    [Fact]
    public void Nisba_adjectives_count_only_where_they_name_the_state()
    {
        Assert.Contains(Entities("صرح السفير الروسي بأن الزيارة ناجحة."), e => e.Id == "country:RU");
        Assert.DoesNotContain(Entities("يتحدث الشعب الكازاخستاني اللغة الروسية بطلاقة."), e => e.Id is "country:RU" or "country:KZ");
    }

    [Theory]
    [InlineData("وتعاقد النادي مع النجم الغاني مبارك واكاسو ومع المدرب الأرجنتيني رامون دياز.", "country:GH", "country:AR")]
    [InlineData("وسجل للفريق كل من الفرنسي بول بوغبا والألماني إيلكاي غوندوغان.", "country:FR", "country:DE")]
    [InlineData("وتنافس في المهرجان فيلمان للبولندي بافيل بافليكوفسكي وللفرنسي كريستوف هونوري.", "country:PL", "country:FR")]
    [InlineData("وقال الدكتور التركي إن المملكة عانت من التطرف، وأيده المهندس القطري في ذلك.", "country:TR", "country:QA")]
    public void A_nisba_for_a_persons_nationality_or_family_name_is_no_mention_of_the_state(string body, string first, string second)
    {
        var record = Analysis.Record(body);
        Assert.DoesNotContain(record.Entities, e => e.Id == first || e.Id == second);
        Assert.Empty(record.Relations);
    }

    [Fact]
    public void Nisbas_listed_under_one_state_head_each_name_their_state()
    {
        var ids = Entities("والتقى كيري نظيريه السعودي عادل الجبير، والروسي سيرغي لافروف في الدوحة.").Select(e => e.Id).ToList();
        Assert.Contains("country:SA", ids);
        Assert.Contains("country:RU", ids);
    }

    [Fact]
    public void A_generic_state_body_reaches_over_the_adjective_naming_its_state()
    {
        var entities = Entities("وأعلنت وزارة الداخلية الكازاخستانية أن التحقيق مستمر.");
        var body = Assert.Single(entities, e => e.Id == "org:kazakhstan-interior-ministry");
        Assert.Equal(["وزارة الداخلية الكازاخستانية"], body.Mentions.Select(m => m.Text));
        Assert.Contains(entities, e => e.Id == "country:KZ");
    }

    [Fact]
    public void A_generic_state_body_takes_the_state_of_its_own_adjective_over_the_articles_main_country()
    {
        var entities = Entities("وقالت روسيا إن العقوبات غير قانونية. وصوت مجلس النواب الفرنسي على القانون أمس.");
        var body = Assert.Single(entities, e => e.Type == "org");
        Assert.Equal("org:france-lower-house", body.Id);
        Assert.Equal(["مجلس النواب الفرنسي"], body.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_country_name_with_its_adjective_is_one_mention()
    {
        var russia = Entity("وقعت روسيا الاتحادية الاتفاقية أمس.", "country:RU");
        Assert.Equal(["روسيا الاتحادية"], russia.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Spelling_variants_of_a_country_share_one_id()
    {
        var kyrgyzstan = Entity("زار الوفد قرغيزستان ثم عاد إلى قيرغيزستان مرة أخرى، والتقى بالرئيس القيرغيزي.", "country:KG");
        Assert.Equal(3, kyrgyzstan.Mentions.Count);
    }

    [Fact]
    public void A_name_wrapped_onto_the_next_line_is_one_mention()
    {
        var entity = Entity("عنوان الخبر\n\nوأكد الرئيس قاسم جومارت\nتوكاييف أن العلاقات متينة.", "person:kassym-jomart-tokayev");
        Assert.Equal("قاسم جومارت\nتوكاييف", entity.Mentions[0].Text);
    }

    [Fact]
    public void Credit_lines_and_acronyms_name_entities()
    {
        var entities = Entities("عنوان\n\nانضمت الدولة إلى منظمة شنغهاي للتعاون (SCO) العام الماضي.\nالصورة: مجلس الاتحاد الروسي");
        Assert.Equal(2, Assert.Single(entities, e => e.Id == "org:sco").Mentions.Count);
        Assert.Contains(entities, e => e.Id == "org:federation-council");
    }

    [Fact]
    public void A_generic_ministry_takes_the_country_in_context()
    {
        var entities = Entities("أعلنت وزارة الخارجية في أوزبكستان عن برنامج جديد.");
        Assert.Contains(entities, e => e.Id.StartsWith("org:uzbekistan", StringComparison.Ordinal) && e.Type == "org");
    }

    [Fact]
    public void Common_words_are_not_taken_for_names()
    {
        var entities = Entities("وسوف تجريان المفاوضات في الأسبوع المقبل حول وزارة الطاقة والمناجم.");
        Assert.DoesNotContain(entities, e => e.Type is "city" or "person");
    }

    [Fact]
    public void A_different_consonant_is_a_different_surname_even_after_a_similar_known_one()
    {
        var entities = Entities("قالت ماريا زاخاروفا إن الرد سيأتي. وأكد النائب فلاديمير زاباروف أن بلاده سترد بالمثل.");
        Assert.DoesNotContain(Assert.Single(entities, e => e.Id == "person:maria-zakharova").Mentions, m => m.Text == "زاباروف");
    }

    [Fact]
    public void A_name_no_data_file_knows_gets_an_arabic_id_and_its_later_surname_links_to_it()
    {
        var entities = Entities("عنوان الخبر\n\nالتقى رجل الأعمال الروسي أركادي فيلينسكي بمستثمرين في دبي. وقال فيلينسكي إن المشروع سيبدأ قريبا.");
        var person = Assert.Single(entities, e => e.Id.StartsWith("person:ar:", StringComparison.Ordinal));
        Assert.Equal("person:ar:اركادي-فيلينسكي", person.Id);
        Assert.Contains(person.Mentions, m => m.Text == "فيلينسكي");
    }

    [Fact]
    public void A_tagged_body_no_data_file_knows_gets_an_org_id_and_a_known_place_keeps_its_own()
    {
        var entities = Entities("عنوان الخبر\n\nأعلنت جامعة سمرقند الحكومية عن برنامج جديد للتبادل الطلابي. وكان الاتحاد السوفييتي قد أسس الجامعة قبل عقود.");
        Assert.Contains(entities, e => e.Id == "location:soviet-union");
        Assert.DoesNotContain(entities, e => e.Id.StartsWith("location:ar:", StringComparison.Ordinal));
        Assert.All(entities.Where(e => e.Id.Contains(":ar:", StringComparison.Ordinal)), e => Assert.True(e.Confidence <= 0.6));
    }

    [Theory]
    [InlineData("وذكرت صحيفة \"ميرور\" البريطانية أن اللاعب سينتقل.", "agency:ar:ميرور", "ميرور")]
    [InlineData("وقعت شركة «فانكور نفط» اتفاقا جديدا مع الحكومة.", "org:ar:فانكور-نفط", "فانكور نفط")]
    [InlineData("وحصل حزب \"الرابطة\" اليميني على أكثر الأصوات.", "org:ar:الرابطه", "الرابطة")]
    public void A_quoted_name_after_the_noun_that_heads_an_outlet_or_organization_is_one(string body, string id, string mention)
    {
        var entity = Assert.Single(Analysis.Record("أنباء\n\n" + body, "2023-05-10").Entities, e => e.Id == id);
        Assert.Equal([mention], entity.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void What_follows_a_definite_outlet_noun_in_quotation_marks_is_no_name() =>
        Assert.DoesNotContain(Analysis.Record("أنباء\n\nوفي رد على سؤال الصحيفة \"كيف تصف نفسك\" أجاب الرجل.", "2023-05-10").Entities, e => e.Id.Contains("تصف", StringComparison.Ordinal));
}
