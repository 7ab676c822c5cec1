using Rasd.Records;

namespace Rasd.Tests.Stages;

/// <summary>Seas, rivers, islands and mountains no data file knows, read from the noun that opens their name (data/lexicons/landforms.json).</summary>
public sealed class LandformNameTests
{
    private const string Lead = "أنباء من المنطقة\n\n";

    private static AnalysisRecord Record(string body) => Analysis.Record(Lead + body, "2023-05-10");

    private static List<string> Places(string body) =>
        Record(body).Entities.Where(e => e.Type == "location").Select(e => e.Mentions[0].Text).ToList();

    [Theory]
    [InlineData("وصلت سفينة الأبحاث إلى جزيرة فرانغل بعد رحلة استمرت أسبوعين.", "جزيرة فرانغل")]
    [InlineData("وتراجع منسوب المياه في نهر زيرافشان خلال الصيف الماضي.", "نهر زيرافشان")]
    [InlineData("ويقصد السياح بحيرة سونغ كول في فصل الصيف.", "بحيرة سونغ كول")]
    [InlineData("وتسلق الفريق سلسلة جبال تورغاي الشرقية قبل أن يعود.", "سلسلة جبال تورغاي")]
    [InlineData("واحتشد الصيادون على شواطئ بحر لابتيف صباح الاثنين.", "بحر لابتيف")]
    public void The_noun_that_opens_a_natural_feature_s_name_reads_the_name_words_after_it(string body, string name) =>
        Assert.Contains(name, Places(body));

    [Theory]
    [InlineData("وجلس الصيادون على ضفاف بحيرة هادئة بعيدا عن المدينة.")]
    [InlineData("وستعلن النتائج في بحر الأسبوع المقبل كما قالت اللجنة.")]
    [InlineData("وتراكم على البلدية جبل من الديون منذ سنوات.")]
    [InlineData("ورست السفينة قرب جزيرة كورية صغيرة.")]
    public void A_common_word_after_the_noun_is_no_name(string body) =>
        Assert.DoesNotContain(Places(body), name => name.StartsWith("بحيرة", StringComparison.Ordinal) || name.StartsWith("بحر", StringComparison.Ordinal)
            || name.StartsWith("جبل", StringComparison.Ordinal) || name.StartsWith("جزيرة", StringComparison.Ordinal));

    [Fact]
    public void A_name_the_gazetteer_knows_after_the_noun_is_left_to_the_gazetteer()
    {
        var record = Record("وانتشرت القوات في جبال اليمن الشمالية منذ الربيع.");
        Assert.Contains(record.Entities, e => e.Id == "country:YE");
        Assert.DoesNotContain(record.Entities, e => e.Id.StartsWith("location:ar:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_feature_s_name_is_a_place_even_where_it_could_read_as_a_person_s()
    {
        var record = Record("وغمرت الأمطار جبل سلمان الغربي ليلة السبت.");
        Assert.Contains(record.Entities, e => e.Type == "location" && e.Mentions[0].Text == "جبل سلمان");
        Assert.DoesNotContain(record.Entities, e => e.Type == "person");
    }
}
