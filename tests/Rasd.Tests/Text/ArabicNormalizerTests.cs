using FsCheck;
using FsCheck.Fluent;
using Rasd.Text;

namespace Rasd.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("١٦ أكتوبر ٢٠٢٤", "16 اكتوبر 2024")]
    [InlineData("۱۲۳", "123")]
    [InlineData("إيران وآسيا وٱلأرض", "ايران واسيا والارض")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("المدرسة", "المدرسه")]
    [InlineData("العـــربية", "العربيه")]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("\uFEFB", "لا")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("١٣٫٦", "13.6")]
    public void Folds_for_matching(string original, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Fold(original));

    [Fact]
    public void Maps_folded_spans_back_to_the_original()
    {
        const string original = "قال مُحَمَّدٌ: العـــربية ١٦";
        var view = ArabicNormalizer.Normalize(original);
        var index = view.Text.IndexOf("العربيه", StringComparison.Ordinal);
        var (start, end) = view.ToOriginal(index, index + "العربيه".Length);
        Assert.Equal("العـــربية", original[start..end]);
        var digits = view.Text.IndexOf("16", StringComparison.Ordinal);
        Assert.Equal("١٦", original[view.ToOriginal(digits, digits + 2).Start..view.ToOriginal(digits, digits + 2).End]);
    }

    [Fact]
    public void Presentation_forms_expand_without_breaking_the_map()
    {
        const string original = "\uFEFB\uFEE3";
        var view = ArabicNormalizer.Normalize(original);
        Assert.Equal(3, view.Text.Length);
        Assert.Equal((0, 1), view.ToOriginal(0, 2));
        Assert.Equal((0, 2), view.ToOriginal(0, 3));
    }

    private static readonly char[] Alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱىةءؤئ ـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۰۱۲0123456789.،؛:\"“”«»\u00A0\u200F\nﻻﻷRuEn﴾﴿ﷺﷲﺑﻮﺗﻴﻦ\u200E\u202B\u202C\u200C\u200D\uFEFF٫".ToCharArray();

    [Fact]
    public void Every_folded_span_maps_back_to_a_substring_of_the_original() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars)).ToArbitrary(),
            original =>
            {
                var view = ArabicNormalizer.Normalize(original);
                for (var s = 0; s <= view.Text.Length; s++)
                {
                    for (var e = s; e <= Math.Min(view.Text.Length, s + 6); e++)
                    {
                        var (os, oe) = view.ToOriginal(s, e);
                        if (os < 0 || oe > original.Length || os > oe)
                        {
                            return false;
                        }
                        if (e > s && !ArabicNormalizer.Fold(original[os..oe]).Contains(view.Text[s..e], StringComparison.Ordinal))
                        {
                            return false;
                        }
                    }
                }
                return true;
            }).QuickCheckThrowOnFailure();

    /// <summary>Folding into a buffer gives the string fold, or declines: for a presentation form, or a buffer too small for the result.</summary>
    [Fact]
    public void Folding_into_a_buffer_gives_the_string_fold_or_declines() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars)).ToArbitrary(),
            Gen.Choose(0, 40).ToArbitrary(),
            (original, size) =>
            {
                var buffer = new char[size];
                var folded = ArabicNormalizer.Fold(original);
                if (ArabicNormalizer.TryFold(original, buffer, out var written))
                {
                    return buffer.AsSpan(0, written).SequenceEqual(folded);
                }
                return folded.Length > size || original.Any(c => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE'));
            }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("\uFD3E", "\uFD3E")]
    [InlineData("\uFD3F", "\uFD3F")]
    [InlineData("قال تعالى \uFD3Eإِنَّا أَنزَلْنَاهُ\uFD3F", "قال تعالي \uFD3Eانا انزلناه\uFD3F")]
    [InlineData("\uFDFD", "\uFDFD")]
    [InlineData("\uFDFA", "صلي الله عليه وسلم")]
    [InlineData("\uFF21\uFF11", "A1")]
    public void Presentation_forms_that_nfkc_keeps_stay_as_written(string original, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Fold(original));

    /// <summary>Every code point alone, between Arabic words and doubled: the fold never fails, folding without the map (into a string, or into a buffer unless a presentation form needs decomposing) gives the same text, and every folded character maps back inside the code point it came from.</summary>
    [Fact]
    public void Every_code_point_folds_with_a_consistent_map()
    {
        const string before = "قال الرئيس ";
        const string after = " في موسكو";
        Span<char> buffer = stackalloc char[64];
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }
            if (cp > 0xFFFF && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(cp) == System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            var character = char.ConvertFromUtf32(cp);
            foreach (var original in (string[])[character, before + character + after, character + character])
            {
                var view = ArabicNormalizer.Normalize(original);
                Assert.Equal(view.Text, ArabicNormalizer.Fold(original));
                if (ArabicNormalizer.TryFold(original, buffer, out var written))
                {
                    Assert.Equal(view.Text, buffer[..written].ToString());
                }
                else
                {
                    Assert.True(original.Any(c => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE') or (>= '\uFF01' and <= '\uFF5E')), $"U+{cp:X4}: no fold into a buffer");
                }
                for (var k = 0; k < view.Text.Length; k++)
                {
                    var (start, end) = view.ToOriginal(k, k + 1);
                    Assert.True(start >= 0 && end <= original.Length && start < end, $"U+{cp:X4}: folded character {k} maps to [{start}, {end})");
                    Assert.False(char.IsLowSurrogate(original[start]), $"U+{cp:X4}: a span starts inside a surrogate pair");
                }
                if (original.Length > character.Length * 2)
                {
                    Assert.StartsWith("قال الرئيس ", view.Text, StringComparison.Ordinal);
                    Assert.EndsWith(" في موسكو", view.Text, StringComparison.Ordinal);
                }
            }
        }
    }

    /// <summary>Lone surrogates, as broken encoders leave them, fold to themselves.</summary>
    /// Test data are indexes: xunit cannot tell strings of lone surrogates apart in test names.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Lone_surrogates_are_kept(int sample)
    {
        var original = new[] { "\uD800", "\uDC00", "a\uD83Db" }[sample];
        Assert.Equal(original, ArabicNormalizer.Fold(original));
    }
}
