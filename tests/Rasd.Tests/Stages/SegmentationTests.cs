using Rasd.Pipeline.Annotations;
using Rasd.Stages.Segmentation;

namespace Rasd.Tests.Stages;

public sealed class SegmentationTests
{
    private const string Article = "Ru En\n\nموسكو تستضيف محادثات مع طشقند\n\n١٢ مارس ٢٠٢٣\n\nاستقبل الرئيس ضيفه في الكرملين. وقال: \"نحن نعمل معا. وسنواصل ذلك\".\n\u00A0\n118\nالصورة: الكرملين\nالمصدر: تاس";

    [Fact]
    public void Marks_boilerplate_lines_without_removing_them()
    {
        var document = Analysis.Run(Article);
        var kinds = document.All<TextLine>().Select(l => l.Boilerplate).ToList();
        Assert.Equal(Boilerplate.LanguageMenu, kinds[0]);
        Assert.Contains(Boilerplate.Counter, kinds);
        Assert.Contains(Boilerplate.PhotoCredit, kinds);
        Assert.Contains(Boilerplate.SourceCredit, kinds);
        Assert.Equal(Boilerplate.Blank, kinds[7]);
        Assert.Equal(Article, document.Text);
    }

    [Fact]
    public void Finds_title_dateline_and_body()
    {
        var document = Analysis.Run(Article);
        var segments = document.All<Segment>();
        Assert.Equal("موسكو تستضيف محادثات مع طشقند", document.Slice(segments.Single(s => s.Kind == SegmentKind.Title)));
        Assert.Equal("١٢ مارس ٢٠٢٣", document.Slice(segments.Single(s => s.Kind == SegmentKind.Dateline)));
        var body = document.Slice(segments.Single(s => s.Kind == SegmentKind.Body));
        Assert.StartsWith("استقبل الرئيس", body);
        Assert.EndsWith("وسنواصل ذلك\".", body);
    }

    [Fact]
    public void A_lead_sentence_is_not_a_title()
    {
        var document = Analysis.Run("أعلنت الحكومة اليوم خطة جديدة للنقل بين البلدين.\nوقال الوزير إن الخطة ستنفذ على مراحل.");
        Assert.DoesNotContain(document.All<Segment>(), s => s.Kind == SegmentKind.Title);
    }

    [Fact]
    public void Sentences_do_not_end_inside_quotations_or_numbers()
    {
        const string text = "وقال: \"نحن نعمل معا. وسنواصل ذلك\". ثم ارتفعت التجارة بنسبة 13.6% هذا العام. وأضاف «هذا مهم. جدا» للصحفيين.";
        var sentences = SentenceSplitter.Split(text, 0, text.Length).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(
            ["وقال: \"نحن نعمل معا. وسنواصل ذلك\".", "ثم ارتفعت التجارة بنسبة 13.6% هذا العام.", "وأضاف «هذا مهم. جدا» للصحفيين."],
            sentences);
    }

    [Fact]
    public void Finds_an_inline_place_and_date_dateline()
    {
        var document = Analysis.Run("عنوان الخبر هنا\n\nطشقند ، أوزبكستان (03/05 – 11.20). قال المسؤول إن العمل مستمر.");
        Assert.Equal("(03/05 – 11.20)", document.Slice(document.All<Segment>().Single(s => s.Kind == SegmentKind.Dateline)));
    }
}
