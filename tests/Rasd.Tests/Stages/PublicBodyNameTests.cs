using Rasd.Records;

namespace Rasd.Tests.Stages;

/// <summary>Public bodies no data file knows, read from the noun that opens their name (data/lexicons/bodies.json).</summary>
public sealed class PublicBodyNameTests
{
    private const string Lead = "أنباء من العاصمة\n\n";

    private static AnalysisRecord Record(string body) => Analysis.Record(Lead + body, "2023-05-10");

    private static List<string> Organizations(string body) =>
        Record(body).Entities.Where(e => e.Type == "org").Select(e => e.Mentions[0].Text).ToList();

    [Theory]
    [InlineData("أعلنت وزارة الموارد المائية خطة جديدة للري.", "وزارة الموارد المائية")]
    [InlineData("وقالت هيئة النقل البري اليوم إن الطرق مفتوحة.", "هيئة النقل البري")]
    [InlineData("وطالبت نقابة المعلمين المستقلة بزيادة الرواتب.", "نقابة المعلمين المستقلة")]
    [InlineData("وأصدرت وزارة الأشغال والمرافق العامة الكينية تحذيرا.", "وزارة الأشغال والمرافق العامة")]
    [InlineData("وقالت جمعية الصيادين الأحد إن الموسم جيد.", "جمعية الصيادين")]
    public void The_noun_that_opens_a_body_s_name_reads_its_construct_up_to_what_ends_it(string body, string name) =>
        Assert.Contains(name, Organizations(body));

    [Theory]
    [InlineData("وطالب أعضاء هيئة التدريس بزيادة الرواتب.")]
    [InlineData("وقالت هيئة الدفاع عن المتهم إن الحكم جائر.")]
    [InlineData("وقال رئيس جامعة الملك سالم إن الدراسة تبدأ غدا.")]
    [InlineData("وأعلنت جامعة الإمام سعيد بن ناصر بدء التسجيل.")]
    public void A_kind_of_group_or_a_construct_that_goes_on_with_a_person_s_name_is_not_read(string body) =>
        Assert.DoesNotContain(Organizations(body), name => name.StartsWith("هيئة التدريس", StringComparison.Ordinal) || name.StartsWith("هيئة الدفاع", StringComparison.Ordinal) || name is "جامعة الملك" or "جامعة الإمام");

    [Fact]
    public void The_body_speaks_and_its_definite_noun_refers_back_to_it()
    {
        var record = Record("أعلنت وزارة الموارد المائية أن السدود ممتلئة. وأشارت الوزارة إلى أن الأمطار غزيرة.");
        var body = Assert.Single(record.Entities, e => e.Type == "org");
        Assert.Equal(2, record.Quotes.Count);
        Assert.All(record.Quotes, q => Assert.Equal(body.Id, q.Speaker));
    }

    [Fact]
    public void A_state_adjective_after_the_body_s_name_makes_it_that_state_s_body()
    {
        var record = Record("أصدرت وزارة الأشغال العامة المصرية بيانا صباح اليوم.\nوقالت الوزارة إن إيطاليا ستمول بناء الجسر الجديد.");
        var quote = Assert.Single(record.Quotes);
        Assert.StartsWith("org:ar:", quote.Speaker, StringComparison.Ordinal);
        Assert.Contains(record.Relations, r => (r.A, r.B) is ("country:EG", "country:IT") or ("country:IT", "country:EG"));
    }
}
