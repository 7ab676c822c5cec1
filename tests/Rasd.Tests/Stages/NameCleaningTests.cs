using Rasd.Data;
using Rasd.Stages.Entities;

namespace Rasd.Tests.Stages;

/// <summary>Names become clean ids: proclitics and markup never part of them, implausible phrases no entity, cut names repaired from the article.</summary>
public sealed class NameCleaningTests
{
    private static readonly NameEvidence Evidence = new(TestPaths.Knowledge);

    [Theory]
    [InlineData("لريال", EntityType.Org, "ريال")]
    [InlineData("وريال", EntityType.Org, "ريال")]
    [InlineData("للمالكي", EntityType.Person, "المالكي")]
    [InlineData("بوتين", EntityType.Person, "بوتين")]
    [InlineData("وليد", EntityType.Person, "وليد")]
    [InlineData("بروم", EntityType.Org, "بروم")]
    // The common noun heading an organization's name, after any proclitic the corpus shows is one.
    [InlineData("بجامعه", EntityType.Org, "جامعه")]
    [InlineData("لنادي", EntityType.Org, "نادي")]
    [InlineData("بلديه", EntityType.Org, "بلديه")]
    [InlineData("لجنه", EntityType.Org, "لجنه")]
    public void A_proclitic_is_shed_only_where_the_corpus_shows_it_is_one(string word, EntityType type, string name) =>
        Assert.Equal(name, NameEvidence.WithoutProclitic(word, Evidence.ProcliticLength(word, type)));

    [Theory]
    // The conjunction and the preposition glued to a given name real news uses bare several times as often.
    [InlineData("وياسر", "ياسر")]
    [InlineData("ونواف", "نواف")]
    [InlineData("لبيكاسو", "بيكاسو")]
    [InlineData("ولمحسن", "محسن")]
    // Too rare to have statistics: the rest is a trusted name word.
    [InlineData("لكمال", "كمال")]
    [InlineData("ببريت", "بريت")]
    // Names of their own that begin with a proclitic letter: the word occurs as often as its rest, or the rest is no name.
    [InlineData("وسام", "وسام")]
    [InlineData("وائل", "وائل")]
    [InlineData("فريد", "فريد")]
    // A foreign name's own first letter, though the rest is a name (لوريس، روجر، رايان).
    [InlineData("فلوريس", "فلوريس")]
    [InlineData("كروجر", "كروجر")]
    [InlineData("برايان", "برايان")]
    // A rest that is not mostly a person's name (لايف) leaves the conjunction alone off.
    [InlineData("وكلايف", "كلايف")]
    public void A_persons_name_sheds_the_proclitic_the_corpus_shows_is_glued_to_it(string word, string name) =>
        Assert.Equal(name, NameEvidence.WithoutProclitic(word, Evidence.ProcliticLength(word, EntityType.Person)));

    [Theory]
    [InlineData("منظمه ارهابيه", EntityType.Org, false)]
    [InlineData("صواريخ كروز", EntityType.Person, false)]
    [InlineData("اختفاء خاشقجي", EntityType.Person, false)]
    [InlineData("عبد الله", EntityType.Person, false)]
    [InlineData("عبد الرحمن", EntityType.Person, false)]
    [InlineData("حزب العمال الكردستاني", EntityType.Org, true)]
    [InlineData("ريال مدريد", EntityType.Org, true)]
    [InlineData("فلاديمير زاباروف", EntityType.Person, true)]
    public void Phrases_about_things_are_not_names(string words, EntityType type, bool plausible) =>
        Assert.Equal(plausible, Evidence.Plausible(words.Split(' '), type));

    [Fact]
    public void Markup_between_words_is_kept_in_the_mention_but_never_in_the_name_or_the_id()
    {
        var record = Analysis.Record("أنباء\n\nوقال وزير الدفاع البريطاني جوناثان #هولبروك إن الحوار ضروري.");
        var person = Assert.Single(record.Entities, e => e.Type == "person");
        Assert.Equal("person:ar:جوناثان-هولبروك", person.Id);
        Assert.Equal("جوناثان هولبروك", person.Name);
        Assert.Equal("جوناثان #هولبروك", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void A_name_cut_short_takes_the_full_name_the_article_gives()
    {
        var record = Analysis.Record("أنباء\n\nوقال السفير الروسي ميخائيل فاسيلي كوروليف إن العلاقات جيدة.\nوأكد ميخائيل فاسيلي في مؤتمر صحفي أن الحوار مستمر.");
        var person = Assert.Single(record.Entities, e => e.Type == "person");
        Assert.Equal("person:ar:ميخائيل-فاسيلي-كوروليف", person.Id);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_compound_given_name_alone_is_the_longer_name_the_article_gives()
    {
        var record = Analysis.Record("أنباء\n\nقال مدير المركز الإقليمي للدراسات سامر عبد الرحمن إن الهدنة صامدة.\nوأضاف عبد الرحمن أن المفاوضات ستستأنف الأسبوع المقبل.");
        var person = Assert.Single(record.Entities, e => e.Type == "person");
        Assert.Equal("person:ar:سامر-عبد-الرحمن", person.Id);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_compound_given_name_alone_is_never_an_entity()
    {
        var record = Analysis.Record("أنباء\n\nقال الداعية البارز عبد الله المطلق إن الفتوى لا تلزم أحدا.");
        Assert.DoesNotContain(record.Entities, e => e.Id is "person:ar:عبد-الله" or "person:ar:عبد");
    }

    [Fact]
    public void A_known_name_cut_short_takes_the_full_names_id()
    {
        var record = Analysis.Record("أنباء\n\nتعهدت الحكومتان بخفض التوتر في شبه الجزيرة الكورية.\nوقال المتحدث إن شبه الجزيرة يجب أن تخلو من الأسلحة النووية.");
        var peninsula = Assert.Single(record.Entities, e => e.Type == "location");
        Assert.Equal("location:korean-peninsula", peninsula.Id);
        Assert.Equal(2, peninsula.Mentions.Count);
    }

    [Fact]
    public void Words_that_begin_several_known_names_and_are_never_completed_are_no_entity()
    {
        var record = Analysis.Record("أنباء\n\nهبطت طائرات حربية في قاعدة عسكرية بجنوب شبه الجزيرة قبل بدء التدريبات المشتركة.");
        Assert.DoesNotContain(record.Entities, e => e.Id.StartsWith("location:ar:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Türkiye Parliament", "turkiye-parliament")]
    [InlineData("Côte d'Ivoire Interior Ministry", "cote-d-ivoire-interior-ministry")]
    public void Slugs_keep_the_base_letter_of_letters_with_diacritics(string english, string slug) =>
        Assert.Equal(slug, ArticleEntities.Slug(english));

    [Theory]
    [InlineData(EntityType.Country)]
    [InlineData(EntityType.City)]
    public void Countries_and_cities_never_get_an_id_made_from_an_arabic_name(EntityType type) =>
        Assert.Throws<ArgumentException>(() => EntityStage.UnknownId(type, "بوتن"));

    [Fact]
    public void A_latin_spelling_beside_an_arabic_name_is_no_part_of_its_id()
    {
        var record = Analysis.Record("أنباء\n\nوقال الباحث ديفيد كارول David Carroll إن البيانات سربت.\nوأكد بيكاسو Fillette أن اللوحة بيعت.", "2023-05-10");
        Assert.All(record.Entities.Where(e => e.Id.Contains(":ar:", StringComparison.Ordinal)), e => Assert.DoesNotMatch("[A-Za-z]", e.Id[(e.Id.IndexOf(":ar:", StringComparison.Ordinal) + 4)..]));
    }

    [Fact]
    public void A_surname_several_known_persons_share_keeps_no_proclitic_in_its_id()
    {
        var record = Analysis.Record("أنباء\n\nوتحدث مراقبون عن هزيمة للمالكي في الانتخابات الأخيرة.", "2023-05-10");
        Assert.DoesNotContain(record.Entities, e => e.Id == "person:ar:للمالكي");
    }
}
