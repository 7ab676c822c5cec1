using Rasd.Input;
using Rasd.Records;

namespace Rasd.Tests.Stages;

public sealed class SourceTests
{
    private const string Title = "تطورات إقليمية";

    private static AnalysisRecord Plain(string body) => Analysis.Record(Title + "\n\n" + body, "2023-05-10");

    private static AnalysisRecord WithCredit(string credit, string body) =>
        RecordBuilder.Build(Analysis.Run(new ArticleInput("doc.txt", Title + "\n\n" + body, new ArticleMetadata("trec", "utf-8", Title, Title.Length, "2023-05-10", credit))));

    private static List<string> Sources(AnalysisRecord record) => record.Sources.Select(s => s.Id).ToList();

    [Fact]
    public void The_outlet_that_signs_the_container_is_the_publisher_not_a_source()
    {
        var record = WithCredit("فرانس 24", "التقى الرئيس الفرنسي نظيره التونسي في باريس.");
        Assert.Equal("agency:france24", record.Publisher);
        Assert.Empty(record.Sources);
        Assert.Equal("agency:sky-news-arabia", WithCredit("أبوظبي - سكاي نيوز عربية", "ارتفعت أسعار النفط اليوم.").Publisher);
    }

    [Fact]
    public void A_news_agency_in_the_byline_is_a_source()
    {
        var record = WithCredit("موسكو - فرانس برس", "أعلن الكرملين عن زيارة مرتقبة.");
        Assert.Null(record.Publisher);
        Assert.Equal(["agency:afp"], Sources(record));
    }

    [Fact]
    public void A_bracketed_outlet_opening_the_dateline_publishes_and_a_bracketed_agency_is_credited()
    {
        var own = Plain("الرياض، السعودية (CNN) - أعلنت الحكومة خطة جديدة للإسكان. وقالت شبكة سي إن إن إن الخطة طموحة.");
        Assert.Equal("agency:cnn", own.Publisher);
        Assert.Empty(own.Sources);
        var wire = Plain("بغداد (رويترز) - قال مسؤولون إن الانتخابات ستجرى في موعدها.");
        Assert.Null(wire.Publisher);
        Assert.Equal(["agency:reuters"], Sources(wire));
        Assert.Equal(["agency:afp"], Sources(Plain("وأعلنت الشرطة توقيف ثلاثة أشخاص (أ ف ب).")));
    }

    [Fact]
    public void An_outlet_after_a_reporting_verb_is_credited()
    {
        Assert.Equal(["agency:reuters"], Sources(Plain("ونقلت رويترز عن مسؤول حكومي أن المفاوضات توقفت.")));
        Assert.Equal(["agency:bloomberg"], Sources(Plain("وذكرت بلومبرغ أن الشركة تدرس بيع أصولها.")));
    }

    [Fact]
    public void The_outlet_a_statement_was_made_to_is_credited()
    {
        Assert.Equal(["agency:haaretz"], Sources(Plain("وقال الوزير لصحيفة \"هآرتس\" إن الحكومة لن تتراجع.")));
        Assert.Equal(["agency:rossiya-24"], Sources(Plain("وأكد السفير في مقابلة مع قناة \"روسيا 24\" أن العلاقات جيدة.")));
        Assert.Equal(["agency:le-monde"], Sources(Plain("وكتب الباحث في صحيفة لوموند أن الأزمة ستطول.")));
    }

    [Fact]
    public void A_full_name_that_opens_with_an_outlet_noun_is_matched_whole()
    {
        var source = Assert.Single(Plain("ونقلت وكالة الأنباء السعودية عن مصدر مسؤول أن الاجتماع انتهى.").Sources);
        Assert.Equal("agency:spa", source.Id);
        Assert.Equal("وكالة الأنباء السعودية", source.Name);
    }

    [Fact]
    public void Outlets_merely_named_or_criticized_and_un_agencies_are_no_sources()
    {
        Assert.Empty(Plain("وانتقد الرئيس في تغريدة مساء الخميس شبكة إن بي سي بشدة.").Sources);
        Assert.Empty(Plain("واشترى رجل الأعمال صحيفة واشنطن بوست عام 2013.").Sources);
        Assert.Empty(Plain("وقال مسؤول إن ميزانية وكالة الأمم المتحدة لغوث اللاجئين تعاني عجزا.").Sources);
    }

}
