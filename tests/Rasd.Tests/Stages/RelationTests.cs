using Rasd.Records;

namespace Rasd.Tests.Stages;

public sealed class RelationTests
{
    private static IReadOnlyList<RelationRecord> Relations(string body) => Analysis.Record("علاقات ثنائية\n\n" + body, "2023-05-10").Relations;

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
}
