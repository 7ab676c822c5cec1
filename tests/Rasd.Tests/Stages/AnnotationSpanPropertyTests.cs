using FsCheck;
using FsCheck.Fluent;
using Rasd.Text;

namespace Rasd.Tests.Stages;

/// <summary>Whatever the input, every annotation the pipeline makes lies inside the original text and folds to its normalized view.</summary>
public sealed class AnnotationSpanPropertyTests
{
    private static readonly string[] Pieces =
    [
        "أكد", "الرئيس", "القيرغيزستاني", "صادر جاباروف", "روسيا الاتحادية", "١٦ أكتوبر ٢٠٢٤", "16 تموز/ يوليو", "(19/11 – 40.00)",
        "وقال:", "\"", "“", "”", "«", "»", ".", "،", "\n", "\n\n", " ", "\u00A0", "Ru En", "0", "118", "المصدر: تاس", "الصورة: مجلس الاتحاد الروسي",
        "4 مليارات دولار", "13.6%", "٧٥ بالمائة", "يوم أمس الخميس", "نوفمبر الجاري", "ـ", "ً", "ﻻ", "\r\n",
        // What real Arabic text carries: Quranic brackets and ligatures, presentation forms, bidi
        // and zero-width marks, mixed digit systems, a byte-order mark, a lone surrogate.
        "﴾إِنَّا أَنزَلْنَاهُ﴿", "ﷺ", "ﷲ", "ﻷ", "ﺑﻮﺗﻴﻦ", "\u200F", "\u200E", "\u202B", "\u202C", "\u200C", "\u200D", "\uFEFF",
        "٢٠24", "۱۴۰۲", "3٫5", "\uD83D", "😀", "\u0640\u0640",
    ];

    [Fact]
    public void Every_annotation_span_maps_to_a_substring_of_the_original() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary(),
            text =>
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return true;
                }
                var document = Analysis.Run(text);
                foreach (var span in document.AllSpans())
                {
                    if (span.Start < 0 || span.End > text.Length || span.Start > span.End)
                    {
                        return false;
                    }
                }
                foreach (var token in document.Tokens)
                {
                    var (s, e) = document.Normalized.ToOriginal(token.Start, token.End);
                    if (!ArabicNormalizer.Fold(text[s..e]).Contains(token.Text, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
                return true;
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Fact]
    public void Any_text_at_all_is_analyzed_without_an_exception() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>().Filter(text => !string.IsNullOrWhiteSpace(text)),
            text =>
            {
                var record = Rasd.Records.RecordBuilder.Build(Analysis.Run(text));
                return record.Text == text;
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
}
