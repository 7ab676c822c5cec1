using FsCheck;
using FsCheck.Fluent;
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

    /// <summary>Words, affixes and the marks real Arabic text carries, for texts the snippet matcher must read as the index does.</summary>
    private static readonly string[] Pieces =
    [
        "العلاقات", "وعلاقات", "بالعلاقة", "علاقتها", "الروسية", "روسيا", "وللروس", "كازاخستان", "الكازاخستانية", "قال", "وقالت",
        "لافروفُ", "ﺑﻮﺗﻴﻦ", "ﻷ", "ـ", "ً", "﴾إِنَّا﴿", "٢٠٢٤", "2024", "1,800", "١٣٫٦", "CSTO", "U.S.", "‏", "‌", "﻿",
        "\uD83D", "😀", ".", "،", "«", "»", "\n", " ", "\u00A0", "ﷺ", "ﷲ", "علاقات\u00A0روسيا", "13.6%", "٢٠24", "ABC-روسيا", "روسيا2024",
    ];

    [Fact]
    public void SnippetMatchesAreTheAnalyzedTokensWhoseTermsAreWanted() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(
            Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary(),
            Gen.SubListOf(SearchAnalyzer.Terms(string.Join(" ", Pieces)).Append("غائب").ToArray()).ToArbitrary(),
            (text, wanted) =>
            {
                var terms = wanted.ToHashSet(StringComparer.Ordinal);
                var expected = SearchAnalyzer.Analyze(text).Where(t => terms.Contains(t.Term)).ToList();
                return expected.SequenceEqual(SearchAnalyzer.Matches(text, terms));
            }));

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
