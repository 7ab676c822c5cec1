using Rasd.Data;
using Rasd.Store.Search;

namespace Rasd.Store.Tests.Search;

public sealed class SearchAnalyzerTests
{
    [Fact]
    public void StemsArabicFoldsDigitsAndLowerCasesLatin()
    {
        Assert.Equal(["علاق", "روس"], SearchAnalyzer.Terms("العلاقات الروسية"));
        Assert.Equal(["علاق", "روسيا"], SearchAnalyzer.Terms("علاقات روسيا"));
        Assert.Equal(["2024", "1800", "13.6"], SearchAnalyzer.Terms("٢٠٢٤ 1,800 ١٣٫٦"));
        Assert.Equal(["csto", "rt"], SearchAnalyzer.Terms("CSTO RT!"));
        Assert.Equal(SearchAnalyzer.Terms("إعلان أستانا"), SearchAnalyzer.Terms("اعلان استانا"));
    }

    [Fact]
    public void TermsKeepTheirOriginalSpans()
    {
        const string text = "قال  لافروفُ: ٢٠٢٤";
        var tokens = SearchAnalyzer.Analyze(text);
        Assert.Equal(["قال", "لافروف", "2024"], tokens.Select(t => t.Term));
        Assert.Equal("لافروفُ", text[tokens[1].Start..tokens[1].End]);
        Assert.Equal("٢٠٢٤", text[tokens[2].Start..tokens[2].End]);
    }

    [Fact]
    public void QueryWordsResolveToTheEntitiesTheyName()
    {
        var resolver = new QueryEntityResolver(KnowledgeBase.Default);

        Assert.Contains("person:sadyr-japarov", resolver.Resolve("جباروف"));
        Assert.Contains("person:sadyr-japarov", resolver.Resolve("جاباروف"));
        Assert.Contains("country:RU", resolver.Resolve("الروسية"));
        Assert.Contains("country:RU", resolver.Resolve("وروسيا"));
        Assert.Contains("person:vladimir-putin", resolver.Resolve("فلاديمير بوتين"));
        Assert.Empty(resolver.Resolve("التجارة"));
        Assert.Equal("entity:person:ar:محمد_علي", EntityTerm.For("person:ar:محمد علي"));
    }

    [Fact]
    public void SnippetsHighlightMatchesInTheDensestWindow()
    {
        var text = "مقدمة طويلة " + string.Concat(Enumerable.Repeat("كلام عام لا صلة له بالموضوع. ", 20)) + "ثم جاءت العلاقات مع روسيا وعلاقات روسيا الجديدة.";
        var snippet = SnippetBuilder.Build(text, new HashSet<string>(SearchAnalyzer.Terms("علاقات روسيا")), []);

        Assert.StartsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.Equal(4, snippet.Highlights.Count);
        Assert.Contains("[العلاقات] مع [روسيا] [وعلاقات] [روسيا]", snippet.Marked("[", "]"), StringComparison.Ordinal);
    }
}
