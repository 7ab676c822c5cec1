using Rasd.Data;
using Rasd.Pipeline.Annotations;
using Rasd.Records;
using Rasd.Stages.Relations;

namespace Rasd.Tests.Stages;

public sealed class RelationTests
{
    private static IReadOnlyList<RelationRecord> Relations(string body) => Analysis.Record("علاقات ثنائية\n\n" + body, "2023-05-10").Relations;

    [Theory]
    [InlineData("ويلتقي منتخبا مصر وأوروغواي في الجولة الأولى من مباريات المجموعة الأولى لبطولة كأس العالم بروسيا.")]
    [InlineData("وحصدت بلجيكا النقاط التسع بالكامل من فوزها في مباراتها الثالثة لتلتقي في الدور الثاني مع اليابان.")]
    [InlineData("ووصلت إيران إلى روسيا من أجل المشاركة في المونديال لتكون أول المنتخبات التي تصل إلى البلاد.")]
    [InlineData("وحدد مدرب البرازيل لكرة القدم اللاعبين الذين سيتوجهون إلى روسيا الشهر المقبل.")]
    [InlineData("وتنتظر الولايات المتحدة في نصف النهائي الفائز من المواجهة بين كرواتيا وكازاخستان.")]
    [InlineData("وانتقل المهاجم البرازيلي إلى الدوري الإسباني بعد موسمين في فرنسا.")]
    public void Countries_in_the_report_of_a_sporting_contest_are_teams_and_venues_not_parties(string body) =>
        Assert.Empty(Relations(body));

    [Fact]
    public void A_party_head_makes_the_country_after_it_a_party_only_of_an_interaction()
    {
        Assert.Empty(Relations("وقالت وزارة الخزانة الأمريكية إن القائمة الجديدة تخص مشاريع في كازاخستان."));
        var relation = Assert.Single(Relations("وقالت وزارة الخزانة الأمريكية إنها فرضت عقوبات على مشاريع في كازاخستان."));
        Assert.Equal(("country:KZ", "country:US"), (relation.A, relation.B));
    }

    [Fact]
    public void Officials_still_act_for_their_states_beside_a_sporting_contest()
    {
        var relation = Assert.Single(Relations("والتقى الرئيس الروسي فلاديمير بوتين ولي العهد السعودي محمد بن سلمان قبيل مباراة الافتتاح وبحثا التعاون بين البلدين."));
        Assert.Equal(("country:RU", "country:SA"), (relation.A, relation.B));
    }

    [Fact]
    public void Countries_given_as_examples_of_a_situation_or_a_region_are_its_topic_not_parties()
    {
        var relations = Relations("وبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره السعودي عادل الجبير الأوضاع في بؤر التوتر بالمنطقة مثل سوريا واليمن.");
        var relation = Assert.Single(relations);
        Assert.Equal(("country:RU", "country:SA"), (relation.A, relation.B));
    }

    [Fact]
    public void Two_countries_in_one_clause_are_related_with_topics_from_the_lexicon()
    {
        var relation = Assert.Single(Relations("ارتفع حجم التبادل التجاري بين كازاخستان وروسيا بنسبة كبيرة هذا العام."));
        Assert.Equal(("country:KZ", "country:RU"), (relation.A, relation.B));
        Assert.Contains("trade", relation.Topics);
        Assert.Single(relation.Evidence);
    }

    [Fact]
    public void Leaders_capitals_and_nisba_adjectives_stand_for_their_countries()
    {
        var relations = Relations("استقبل الرئيس الأوزبكي وفدا من موسكو لبحث التعاون في مجال الطاقة.");
        Assert.Equal(("country:RU", "country:UZ"), (Assert.Single(relations).A, relations[0].B));
    }

    [Fact]
    public void A_near_spelling_of_a_capital_stands_for_no_state()
    {
        var record = Analysis.Record("علاقات ثنائية\n\nوأشاد الرئيس الأمريكي بعد مغادرته مالبي بالمحادثات مع نظيره الكندي.", "2023-05-10");
        Assert.DoesNotContain(record.Relations, r => r.A == "country:GQ" || r.B == "country:GQ");
    }

    [Fact]
    public void Cooperation_is_positive_and_sanctions_and_conflict_negative()
    {
        Assert.True(Assert.Single(Relations("وقعت قيرغيزستان وروسيا اتفاقية شراكة استراتيجية لتعزيز التعاون والصداقة.")).Tone > 0);
        Assert.True(Assert.Single(Relations("فرضت الولايات المتحدة عقوبات جديدة على روسيا وهددت بتصعيد الضغوط.")).Tone < 0);
    }

    [Fact]
    public void A_negated_rupture_is_not_conflict()
    {
        var relation = Assert.Single(Relations("أكدت أوزبكستان أنها لا تستطيع قطع العلاقات مع روسيا."));
        Assert.True(relation.Tone >= 0, $"tone {relation.Tone}");
    }

    [Fact]
    public void A_speaker_is_not_a_party_to_what_they_report_about_others()
    {
        var relations = Relations("وقال الرئيس صادر جاباروف: \"الحرب بين روسيا وأوكرانيا مؤلمة للجميع ونتمنى أن تنتهي قريبا\".");
        Assert.Equal(("country:RU", "country:UA"), (Assert.Single(relations).A, relations[0].B));
    }

    [Theory]
    [InlineData("منحت الحكومة الهندية شركة أبل مهلة نهائية للالتزام بالقوانين الجديدة لمكافحة الرسائل المزعجة.")]
    [InlineData("وأعلنت الشرطة الكندية عبر موقع تويتر إغلاق الحي بعد الهجوم.")]
    [InlineData("وانتقل اللاعب من ريال مدريد إلى يوفنتوس في صفقة قيمتها مئة مليون يورو.")]
    public void A_private_company_or_a_club_acts_for_no_state(string body) =>
        Assert.Empty(PairsOf(body));

    [Fact]
    public void A_state_company_acts_for_its_state() =>
        Assert.Contains(("CN", "RU"), PairsOf("وقعت شركة غازبروم اتفاقا مع الحكومة الصينية لتوريد الغاز عبر خط أنابيب جديد."));

    [Theory]
    [InlineData("وذكرت وكالة الأنباء السعودية أن الحكومة الكندية تتدخل في الشؤون الداخلية للمملكة.", true)]
    [InlineData("وذكرت وكالة رويترز أن الحكومة الكندية تتدخل في الشؤون الداخلية للمملكة.", false)]
    [InlineData("وقالت وكالة الصحافة الفرنسية إن الأزمة المالية في اليونان تخطت حدود البلاد.", false)]
    public void Only_a_states_official_agency_speaks_for_its_state(string body, bool related)
    {
        var pairs = PairsOf(body);
        Assert.Equal(related, pairs.Count > 0);
    }

    [Fact]
    public void Our_country_in_a_quotation_is_the_speakers()
    {
        var relations = Relations("وقال السفير الروسي أليكسي بورودافكين: \"تواصل الولايات المتحدة الضغط على بلدنا بالعقوبات\".");
        Assert.Contains(relations, r => (r.A, r.B) == ("country:RU", "country:US"));
    }

    [Fact]
    public void Countries_in_separate_clauses_relate_only_through_the_first_actor()
    {
        var relations = Relations("تستمر زيارة الرئيس الروسي إلى قيرغيزستان حتى الخميس، ويلتقي خلالها الرئيس البيلاروسي ألكسندر لوكاشينكو.");
        Assert.Contains(relations, r => (r.A, r.B) == ("country:KG", "country:RU"));
        Assert.Contains(relations, r => (r.A, r.B) == ("country:BY", "country:RU"));
        Assert.DoesNotContain(relations, r => (r.A, r.B) == ("country:BY", "country:KG"));
    }

    [Fact]
    public void Sentences_about_both_sides_feed_the_main_pair()
    {
        var relation = Assert.Single(Relations("عقد رئيسا أوزبكستان وروسيا محادثات في طشقند. وبحث الجانبان آفاق التعاون في مجال النقل والسكك الحديدية."));
        Assert.Contains("transport", relation.Topics);
        Assert.Equal(2, relation.Evidence.Count);
    }

    [Fact]
    public void A_long_list_of_countries_relates_the_first_actor_to_each_not_every_pair()
    {
        var relations = Relations("وقعت روسيا مع إيران وأذربيجان وكازاخستان وتركمانستان اتفاقية بحر قزوين.");
        Assert.Equal(4, relations.Count);
        Assert.All(relations, r => Assert.True(r.A == "country:RU" || r.B == "country:RU"));
    }

    private static List<(string, string)> PairsOf(string body) => Relations(body).Select(r => (r.A[^2..], r.B[^2..])).ToList();

    [Fact]
    public void Two_countries_merely_named_in_one_sentence_are_not_related()
    {
        Assert.Empty(PairsOf("تحدث الخبير عن موجة الحر في الصين واليابان هذا الأسبوع."));
        Assert.Empty(PairsOf("تشتهر البرازيل بالقهوة وتشتهر كولومبيا بالزهور."));
    }

    [Fact]
    public void A_country_named_only_as_the_venue_is_no_party()
    {
        Assert.Equal([("RU", "TR")], PairsOf("التقى وزير الخارجية الروسي نظيره التركي في طشقند لبحث التعاون."));
        Assert.Equal([("IR", "RU")], PairsOf("وعلى هامش قمة في مدينة كينغداو الصينية، التقى الرئيس الروسي نظيره الإيراني."));
        Assert.Equal([("CN", "PK")], PairsOf("وقعت الصين وباكستان اتفاقية للنقل في أستانا عاصمة كازاخستان."));
    }

    [Fact]
    public void The_embassy_or_the_operations_in_a_country_make_it_a_party()
    {
        Assert.Contains(("SY", "TR"), PairsOf("وتواصل العمليات العسكرية التركية في سوريا منذ أشهر رغم الانتقادات."));
    }

    [Fact]
    public void What_the_parties_talk_about_is_no_party()
    {
        Assert.Equal([("IR", "TR")], PairsOf("بحث وزيرا خارجية تركيا وإيران الأوضاع في سوريا خلال اتصال هاتفي."));
        Assert.Equal([("EG", "FR")], PairsOf("أجرى الرئيس المصري محادثات مع نظيره الفرنسي حول ليبيا."));
        Assert.Equal([("AE", "JP")], PairsOf("ناقش وزير الخارجية الإماراتي مع نظيره الياباني الأزمة اليمنية."));
    }

    [Fact]
    public void A_list_is_one_side_related_to_the_other_never_within_itself()
    {
        var pairs = PairsOf("وانضمت بلغاريا ورومانيا والمجر إلى العقوبات المفروضة على روسيا.");
        Assert.Equal([("BG", "RU"), ("HU", "RU"), ("RO", "RU")], pairs.Order().ToList());
        Assert.Equal([("CA", "US"), ("MX", "US")], PairsOf("فرضت الولايات المتحدة رسوما جمركية على كندا والمكسيك.").Order().ToList());
    }

    [Fact]
    public void A_short_list_that_acts_together_or_follows_between_relates_its_members()
    {
        Assert.Equal([("AZ", "GE"), ("AZ", "TR"), ("GE", "TR")], PairsOf("وقعت أذربيجان وجورجيا وتركيا اتفاقية لنقل الغاز.").Order().ToList());
        Assert.Equal([("IN", "PK")], PairsOf("تصاعد التوتر بين الهند وباكستان مجددا."));
    }

    [Fact]
    public void Without_a_cue_between_names_a_route_not_a_relation() =>
        Assert.Empty(PairsOf("تستغرق الرحلة بين القاهرة وعمان ساعة ونصف."));

    [Fact]
    public void A_long_list_a_gathering_brings_together_and_a_bloc_s_members_relate_to_no_one()
    {
        Assert.Empty(PairsOf("وعقدت القمة التي جمعت ألمانيا وفرنسا وإيطاليا وإسبانيا والبرتغال واليونان في روما."));
        Assert.Empty(PairsOf("وتضم المنظمة روسيا والصين والهند وباكستان."));
        Assert.Equal([("BR", "CN")], PairsOf("وأشاد الرئيس الصيني بالتكتل الذي يضم روسيا والهند، واستقبل نظيره البرازيلي."));
    }

    [Fact]
    public void Organizations_are_not_countries() =>
        Assert.Empty(PairsOf("دعا حلف شمال الأطلسي روسيا إلى سحب قواتها، وأدان الاتحاد الأوروبي الهجوم."));

    [Fact]
    public void A_statement_by_one_country_about_one_other_relates_them()
    {
        Assert.Equal([("IR", "UZ")], PairsOf("وقال وزير الخارجية الأوزبكي عبد العزيز كاملوف إن الحصار على إيران يضر بالجميع."));
        Assert.Empty(PairsOf("وقال الرئيس الكازاخي قاسم جومارت توكاييف إن الطقس كان جميلا في باريس."));
    }

    [Fact]
    public void A_state_s_agents_stand_for_the_state_where_the_people_would_not() =>
        Assert.Equal([("PL", "RU")], PairsOf("وطردت بولندا أربعة دبلوماسيين روس من أراضيها."));

    [Fact]
    public void Two_nisba_adjectives_side_by_side_name_a_joint_thing() =>
        Assert.Equal([("CN", "PK")], PairsOf("وانطلقت مناورات صينية - باكستانية في بحر العرب."));

    [Fact]
    public void A_clause_opener_keeps_a_lone_party_from_the_sentence_s_first_party()
    {
        var pairs = PairsOf("زار الرئيس الروسي قيرغيزستان الأسبوع الماضي، بينما تواصل الولايات المتحدة فرض العقوبات.");
        Assert.Equal([("KG", "RU")], pairs);
    }

    [Fact]
    public void A_dateline_and_an_aside_in_brackets_are_no_parties()
    {
        Assert.Equal([("IR", "RU")], PairsOf("دبي، الإمارات العربية المتحدة (CNN) - اتفقت روسيا وإيران على زيادة التعاون في مجال النفط."));
        Assert.Equal([("FR", "IN")], PairsOf("ووقعت فرنسا اتفاقا مع الهند يمنحها منفذا إلى القواعد البحرية (جيبوتي والإمارات)."));
    }

    [Fact]
    public void A_nationality_and_an_institution_s_seat_are_no_parties()
    {
        Assert.Empty(PairsOf("وتعاقد النادي مع النجم الغاني مقابل مبلغ كبير لدعم الدوري الإيطالي."));
        Assert.Empty(PairsOf("وقدمت بريطانيا طلب الانسحاب إلى بروكسل رسميا."));
    }

    [Fact]
    public void Cues_are_read_in_their_forms_with_the_future_prefix_and_possessives()
    {
        Assert.Equal([("AM", "AZ")], PairsOf("وسيلتقي الرئيس الأذربيجاني نظيره الأرمني الأسبوع المقبل."));
        Assert.Equal([("GE", "UA")], PairsOf("وخلال زيارتها لأوكرانيا، أكدت رئيسة جورجيا دعم بلادها."));
    }

    [Fact]
    public void The_event_a_cue_names_gives_the_relation_its_topic()
    {
        Assert.Contains("security", Assert.Single(Relations("وشنت أرمينيا هجوما على أذربيجان فجر اليوم.")).Topics);
        Assert.Contains("diplomacy", Assert.Single(Relations("واتهمت أوزبكستان طاجيكستان بعرقلة المشروع.")).Topics);
    }

    [Fact]
    public void Easing_a_conflict_is_cooperative()
    {
        var relation = Assert.Single(Relations("واتفقت الهند وباكستان على خفض التوتر."));
        Assert.True(relation.Tone > 0, $"tone {relation.Tone}");
    }

    [Fact]
    public void Only_states_with_an_iso_code_are_parties()
    {
        var document = Analysis.Run("علاقات ثنائية\n\nالتقى الرئيس الروسي نظيره الصيني في موسكو.", published: "2023-05-10");
        var first = document.Text.IndexOf("نظيره", StringComparison.Ordinal);
        document.Add(new EntityMention(first, first + 5, "country:ar:نظيره", EntityType.Country, 0.5));
        var codes = new CountryReferenceFinder(TestPaths.Knowledge).Find(document).Select(r => r.Code).Distinct().Order().ToList();
        Assert.Equal(["CN", "RU"], codes);
    }

    [Fact]
    public void A_person_stands_for_a_country_only_while_holding_one_of_its_offices()
    {
        Assert.Contains(Relations("وقع أولاف شولتس اتفاقية للتعاون في مجال الطاقة مع فرنسا."), r => (r.A, r.B) == ("country:DE", "country:FR"));
        Assert.DoesNotContain(Relations("وقع يواخيم غاوك اتفاقية للتعاون في مجال الطاقة مع فرنسا."), r => r.A == "country:DE" || r.B == "country:DE");
    }

    [Fact]
    public void Heads_of_international_bodies_and_party_leaders_do_not_stand_for_their_country()
    {
        Assert.DoesNotContain(Relations("بحثت كريستالينا جورجيفا مع مصر شروط القرض الجديد."), r => r.A == "country:BG" || r.B == "country:BG");
        Assert.DoesNotContain(Relations("هدد حسن نصر الله إسرائيل برد واسع على أي هجوم."), r => r.A == "country:LB" || r.B == "country:LB");
    }

    [Theory]
    [InlineData("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن على روسيا أن تحترم الاتفاق.")]
    [InlineData("وقال غوتيريش في مؤتمر صحفي إن على روسيا أن تحترم الاتفاق.")]
    public void The_head_of_an_international_organization_speaks_for_no_state(string body) =>
        Assert.Empty(Relations(body));

    [Fact]
    public void A_minister_in_office_still_speaks_for_their_state() =>
        Assert.Contains(Relations("وأكد لافروف في مؤتمر صحفي أن على كازاخستان أن تحترم الاتفاق."), r => (r.A, r.B) == ("country:KZ", "country:RU"));
}
