using System.Text;
using Rasd.Input;
using Rasd.Text;

namespace Rasd.Tests.Input;

public sealed class ArticleReaderTests
{
    private static IReadOnlyList<ArticleInput> Parse(string name, string text) =>
        new ArticleReader().Parse(name, new DecodedText(text, "utf-8")).Select(i => i.Article ?? throw new InputRefusedException(i.Problem!.Location, i.Problem.Reason)).ToList();

    [Fact]
    public void Extracts_the_article_from_an_html_page_with_scripts_and_menus()
    {
        const string html = """
            <!DOCTYPE html><html lang="ar"><head>
            <title>الموقع - عنوان الصفحة</title>
            <meta property="og:title" content="موسكو وطشقند توقعان اتفاقية للطاقة">
            <meta property="article:published_time" content="2023-05-04T09:30:00+03:00">
            <script>var menu = "الرئيسية | سياسة | اقتصاد"; window.ads = [1,2,3];</script>
            <style>.nav{color:red}</style>
            </head><body>
            <nav><ul><li>الرئيسية</li><li>سياسة</li><li>اقتصاد</li></ul></nav>
            <div class="sidebar"><p>الأكثر قراءة</p></div>
            <div class="story">
              <p>وقعت روسيا وأوزبكستان اليوم اتفاقية جديدة للتعاون في مجال الطاقة النووية السلمية.</p>
              <p>وقال وزير الطاقة إن المشروع سيبدأ العام المقبل بتمويل مشترك من البلدين.</p>
            </div>
            <footer><p>جميع الحقوق محفوظة للموقع ولا يجوز النسخ دون إذن مسبق من الإدارة.</p></footer>
            <script>trackPageView();</script>
            </body></html>
            """;
        var article = Assert.Single(Parse("page.html", html));
        Assert.Equal("موسكو وطشقند توقعان اتفاقية للطاقة", article.Metadata.Title);
        Assert.Equal("2023-05-04", article.Metadata.Published);
        Assert.StartsWith("موسكو وطشقند توقعان اتفاقية للطاقة\n\n", article.Text);
        Assert.Contains("وقعت روسيا وأوزبكستان اليوم", article.Text);
        Assert.Contains("وقال وزير الطاقة", article.Text);
        Assert.DoesNotContain("trackPageView", article.Text);
        Assert.DoesNotContain("الرئيسية", article.Text);
        Assert.DoesNotContain("جميع الحقوق", article.Text);
    }

    [Fact]
    public void Reads_the_json_ld_publication_date()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-11-02T10:00:00Z"}</script></head>
            <body><article><h1>عنوان</h1><p>نص المقال الطويل بما يكفي ليكون فقرة حقيقية من الأخبار.</p></article></body></html>
            """;
        Assert.Equal("2021-11-02", Assert.Single(Parse("ld.htm", html)).Metadata.Published);
    }

    [Fact]
    public void Reads_each_doc_of_a_trec_file()
    {
        const string trec = """
            <DOC>
            <DOCNO>X-1</DOCNO>
            <TITLE>قمة في أستانا</TITLE>
            <TIME>Sat, 09 Jun 2018 19:57:42 GMT</TIME>
            <TEXT>
            اجتمع القادة في أستانا لبحث التعاون.
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO>X-2</DOCNO>
            <TITLE>اتفاق في بيشكيك</TITLE>
            <TIME>2017-04-04T07:52:00+01:00</TIME>
            <TEXT>
            وقع البلدان اتفاقا في بيشكيك.
            </TEXT>
            </DOC>
            """;
        var articles = Parse("corpus.txt", trec);
        Assert.Equal(2, articles.Count);
        Assert.Equal("corpus.txt#X-1", articles[0].File);
        Assert.Equal("2018-06-09", articles[0].Metadata.Published);
        Assert.Equal("قمة في أستانا\n\nاجتمع القادة في أستانا لبحث التعاون.", articles[0].Text);
        Assert.Equal("2017-04-04", articles[1].Metadata.Published);
    }

    [Fact]
    public void Reads_json_lines_articles()
    {
        var jsonl = "{\"title\":\"عنوان أول\",\"date\":\"2015-07-31\",\"text\":\"النص الأول.\"}\n\n{\"title\":\"عنوان ثان\",\"text\":\"النص الثاني.\"}\n";
        var articles = Parse("feed.jsonl", jsonl);
        Assert.Equal(2, articles.Count);
        Assert.Equal("feed.jsonl#1", articles[0].File);
        Assert.Equal("2015-07-31", articles[0].Metadata.Published);
        Assert.Equal("عنوان ثان\n\nالنص الثاني.", articles[1].Text);
    }

    [Fact]
    public void Refuses_a_json_lines_record_without_text_naming_the_line()
    {
        var e = Assert.Throws<InputRefusedException>(() => Parse("bad.jsonl", "{\"title\":\"x\"}\n").ToList());
        Assert.StartsWith("bad.jsonl:1", e.Message);
    }

    [Fact]
    public void Folders_are_read_recursively_in_order()
    {
        var root = Directory.CreateTempSubdirectory("rasd-folder-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "b"));
            File.WriteAllText(Path.Combine(root, "b", "2.txt"), "نص", Encoding.UTF8);
            File.WriteAllText(Path.Combine(root, "a.txt"), "نص", Encoding.UTF8);
            File.WriteAllText(Path.Combine(root, "c.txt"), "نص", Encoding.UTF8);
            var files = ArticleReader.ExpandPaths([root]).Select(f => Path.GetRelativePath(root, f)).ToList();
            Assert.Equal(["a.txt", Path.Combine("b", "2.txt"), "c.txt"], files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
