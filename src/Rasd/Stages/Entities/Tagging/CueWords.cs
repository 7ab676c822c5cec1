using Rasd.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Words that announce a name nearby, one list per class. Each list is small and general: it tells
/// the tagger what kind of word stands next to a name (a title before a person, a reporting verb
/// before or after one, a head noun that opens an organization, a cue before a place), and the
/// tagger learns from the corpora how much to trust it. Nouns are given bare; the definite forms
/// are added by <see cref="AddTo"/>.
/// </summary>
public static class CueWords
{
    /// <summary>Titles and roles written before a person's name (الرئيس الكازاخستاني قاسم ...).</summary>
    public static IReadOnlyList<string> Titles { get; } =
    [
        "رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "سيد", "سيدة", "شيخ", "ملك", "ملكة", "أمير", "أميرة",
        "نائب", "متحدث", "ناطق", "دبلوماسي", "جنرال", "عقيد", "لواء", "عميد", "فريق", "مشير", "رائد", "نقيب",
        "دكتور", "أستاذ", "بروفيسور", "إمام", "مرشد", "مستشار", "مستشارة", "زعيم", "قائد", "مدير", "مديرة",
        "أمين", "سلطان", "بابا", "كاردينال", "قس", "حاخام", "مطران", "بطريرك", "حاج", "مبعوث", "مندوب", "ممثل",
        "مفوض", "منسق", "مدرب", "لاعب", "نجم", "فنان", "فنانة", "مطرب", "مطربة", "كاتب", "كاتبة", "صحفي",
        "صحافي", "روائي", "شاعر", "مخرج", "ممثلة", "محافظ", "حاكم", "قاضي", "مراسل", "مراسلة", "عضو", "نظيره",
        "نظيرته", "المستشارة", "الرئيسة", "د", "آية الله", "حجة الإسلام", "ولي العهد", "الأمين العام",
    ];

    /// <summary>Verbs of saying and meeting, whose subject or object is usually a person.</summary>
    public static IReadOnlyList<string> Reporting { get; } =
    [
        "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أشار", "أشارت", "يشير", "تشير",
        "أضاف", "أضافت", "يضيف", "تضيف", "أعلن", "أعلنت", "يعلن", "تعلن", "صرح", "صرحت", "أوضح", "أوضحت",
        "ذكر", "ذكرت", "لفت", "لفتت", "شدد", "شددت", "اعتبر", "اعتبرت", "رأى", "رأت", "يرى", "ترى", "نفى",
        "نفت", "دعا", "دعت", "أعرب", "أعربت", "أفاد", "أفادت", "وصف", "وصفت", "طالب", "طالبت", "حذر", "حذرت",
        "تابع", "تابعت", "مضيفا", "مضيفة", "قائلا", "قائلة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "التقى",
        "التقت", "استقبل", "استقبلت", "بحث", "بحثت", "هنأ", "اتصل", "اجتمع", "اجتمعت", "أجرى", "أجرت",
    ];

    /// <summary>Head nouns that open an organization's name (وزارة الخارجية، منظمة التجارة العالمية).</summary>
    public static IReadOnlyList<string> OrganizationHeads { get; } =
    [
        "منظمة", "وزارة", "شركة", "جامعة", "مجلس", "اتحاد", "بنك", "مصرف", "وكالة", "هيئة", "حزب", "حركة",
        "جمعية", "لجنة", "مؤسسة", "صندوق", "منتدى", "مركز", "معهد", "جبهة", "رابطة", "نقابة", "محكمة",
        "برلمان", "كونغرس", "مجموعة", "تحالف", "جيش", "قوات", "نادي", "منتخب", "أكاديمية", "كلية", "سلطة",
        "مكتب", "إدارة", "جماعة", "تنظيم", "مفوضية", "أمانة", "غرفة", "بورصة", "صحيفة", "مجلة", "قناة", "إذاعة",
        "الأمم المتحدة", "حلف", "ائتلاف", "مصلحة", "دائرة", "بعثة",
    ];

    /// <summary>The one-word <see cref="OrganizationHeads"/> folded, for look-ups against tokens (مكتب، شركة، مجلس).</summary>
    public static HashSet<string> FoldedOneWordOrganizationHeads { get; } = OrganizationHeads
        .Where(noun => !noun.Contains(' ', StringComparison.Ordinal)).Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns that announce a place (مدينة، العاصمة، جمهورية، شمال).</summary>
    public static IReadOnlyList<string> PlaceCues { get; } =
    [
        "مدينة", "عاصمة", "دولة", "جمهورية", "مملكة", "إمارة", "منطقة", "إقليم", "ولاية", "محافظة", "مقاطعة",
        "بلدة", "قرية", "جزيرة", "جزر", "نهر", "بحر", "خليج", "جبل", "جبال", "صحراء", "شمال", "جنوب", "شرق",
        "غرب", "وسط", "ميناء", "مخيم", "حي", "ضاحية", "قضاء", "بلاد", "شبه جزيرة", "سلطنة", "قارة", "أراضي",
    ];

    /// <summary>Adds every list to the lexicon under its class name, nouns also with the article.</summary>
    public static void AddTo(TaggerLexicon lexicon)
    {
        AddWithArticle(lexicon, "TITLE", Titles);
        lexicon.AddRange("SAY", Reporting);
        AddWithArticle(lexicon, "ORGHEAD", OrganizationHeads);
        AddWithArticle(lexicon, "PLACECUE", PlaceCues);
    }

    private static void AddWithArticle(TaggerLexicon lexicon, string className, IEnumerable<string> nouns)
    {
        foreach (var noun in nouns)
        {
            lexicon.Add(className, noun);
            if (!noun.StartsWith("ال", StringComparison.Ordinal) && noun.Length > 1 && !noun.Contains(' ', StringComparison.Ordinal))
            {
                lexicon.Add(className, "ال" + noun);
            }
        }
    }
}
