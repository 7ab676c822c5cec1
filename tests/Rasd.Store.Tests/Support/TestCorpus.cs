using System.Text.Json;

namespace Rasd.Store.Tests.Support;

/// <summary>
/// Small corpora for the store tests: news items written for these tests (as JSON Lines with titles
/// and dates), a republished copy of one of them with a few words changed, and the seed articles.
/// </summary>
internal static class TestCorpus
{
    public const string RelationsTitle = "كازاخستان وموسكو تبحثان آفاق التعاون";

    public const string SummitTitle = "منظمة شنغهاي للتعاون تعقد قمتها السنوية في أستانا";

    public const string JaparovTitle = "الرئيس القيرغيزي يستقبل وفدا تجاريا تركيا";

    public const string PutinTitle = "بوتين: التجارة مع كازاخستان تنمو رغم العقوبات";

    public const string SanctionsTitle = "أستانا تنتقد العقوبات الغربية على موسكو";

    /// <summary>The id of a name no data file knows, as the first article spells it.</summary>
    public const string FirstSpelling = "person:ar:اندريه-فيرمايرين";

    /// <summary>The same official in another article, his name spelled without one letter.</summary>
    public const string SecondSpelling = "person:ar:اندريه-فيرمايرن";

    /// <summary>Another man of the family: a different given name.</summary>
    public const string OtherGivenName = "person:ar:سيرغي-فيرمايرين";

    /// <summary>
    /// Writes three articles (JSON Lines) naming an official no data file knows in two spellings
    /// under one title, and another man of his family name; returns the file.
    /// </summary>
    public static string WriteSpellings(string folder)
    {
        (string Title, string Date, string Text)[] articles =
        [
            ("كازاخستان تزيد صادرات النفط", "2024-01-10", "قال نائب وزير الطاقة الكازاخستاني أندريه فيرمايرين إن صادرات النفط إلى روسيا سترتفع هذا العام."),
            ("مفاوضات خط الأنابيب", "2024-02-11", "وأكد نائب وزير الطاقة الكازاخستاني أندريه فيرمايرن أن المفاوضات مع موسكو حول خط الأنابيب مستمرة."),
            ("أسعار الغاز", "2024-03-12", "قال الخبير الاقتصادي سيرغي فيرمايرين إن أسعار الغاز في أوروبا لن تنخفض قريبا."),
        ];
        var file = Path.Combine(folder, "spellings.jsonl");
        File.WriteAllLines(file, articles.Select(a => JsonSerializer.Serialize(new { title = a.Title, date = a.Date, text = a.Text })));
        return file;
    }

    /// <summary>A wire story; <see cref="SummitRepublished"/> is the same story with three words changed.</summary>
    public static readonly string Summit = string.Join('\n',
        "افتتح رؤساء دول منظمة شنغهاي للتعاون قمتهم السنوية في العاصمة الكازاخستانية أستانا اليوم الخميس بمشاركة الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين.",
        "وناقش القادة قضايا الأمن الإقليمي ومكافحة الإرهاب وتعزيز التجارة بين الدول الأعضاء.",
        "وقال الرئيس الكازاخستاني قاسم جومارت توكاييف في كلمته الافتتاحية إن المنظمة أصبحت منصة مهمة للحوار بين الشرق والغرب.",
        "وأضاف أن حجم التجارة بين الدول الأعضاء تجاوز 500 مليار دولار خلال العام الماضي.",
        "ومن المتوقع أن يوقع القادة على إعلان أستانا الذي يحدد أولويات المنظمة للسنوات المقبلة.",
        "وتضم المنظمة في عضويتها الصين وروسيا والهند وباكستان وإيران وكازاخستان وقيرغيزستان وطاجيكستان وأوزبكستان.",
        "وتأتي القمة في ظل توترات دولية متصاعدة وتحديات اقتصادية تواجه دول المنطقة.",
        "وأكد المشاركون على أهمية احترام سيادة الدول وعدم التدخل في شؤونها الداخلية.",
        "المصدر: رويترز");

    public static readonly string SummitRepublished = Summit
        .Replace("اليوم الخميس", "يوم الخميس", StringComparison.Ordinal)
        .Replace("منصة مهمة", "منصة هامة", StringComparison.Ordinal);

    /// <summary>The written articles; the relations article says <c>علاقات روسيا</c> and never <c>الروسية</c>.</summary>
    public static IReadOnlyList<(string Title, string Date, string Text)> Written { get; } =
    [
        (RelationsTitle, "2024-03-12", string.Join('\n',
            "بحث وزير الخارجية الكازاخستاني في أستانا مع وفد من موسكو آفاق علاقات روسيا وكازاخستان في مجالات الطاقة والنقل.",
            "وقال الوزير إن حجم التبادل التجاري بين البلدين بلغ ٢٨ مليار دولار في العام الماضي.",
            "وأضاف أن \"التعاون بين أستانا وموسكو يقوم على الاحترام المتبادل وحسن الجوار\".",
            "المصدر: تاس")),
        (SummitTitle, "2024-07-04", Summit),
        (JaparovTitle, "2023-06-05", string.Join('\n',
            "استقبل الرئيس القيرغيزي صادر جاباروف في بيشكك وفدا من رجال الأعمال الأتراك، وبحث معهم زيادة الاستثمارات في قطاع التعدين.",
            "وأكد جاباروف أن بلاده ترحب بالمستثمرين الأجانب وتوفر لهم ضمانات قانونية كاملة.")),
        (PutinTitle, "2023-05-20", string.Join('\n',
            "قال الرئيس الروسي فلاديمير بوتين إن \"التجارة مع كازاخستان تنمو بثبات رغم العقوبات الغربية\".",
            "وأشار بوتين إلى أن روسيا استثمرت أكثر من 17 مليار روبل في مشاريع الطاقة المشتركة مع كازاخستان.")),
        (SanctionsTitle, "2023-11-02", string.Join('\n',
            "انتقدت وزارة الخارجية الكازاخستانية العقوبات الغربية المفروضة على روسيا، وقالت إنها تضر باقتصاد كازاخستان وتعطل سلاسل التوريد.",
            "وتعد روسيا الشريك التجاري الأول لكازاخستان، ويبلغ طول الحدود بين البلدين أكثر من 7500 كيلومتر.")),
        ("منظمة شنغهاي للتعاون تعقد قمتها السنوية في أستانا", "2024-07-05", SummitRepublished),
    ];

    /// <summary>Writes the written articles as JSON Lines and copies the seeds beside them; returns the folder.</summary>
    public static string WriteStandard(string folder)
    {
        var lines = Written.Select(a => JsonSerializer.Serialize(new { title = a.Title, date = a.Date, text = a.Text }));
        File.WriteAllText(Path.Combine(folder, "written.jsonl"), string.Join('\n', lines) + "\n");
        var seeds = Path.Combine(folder, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var seed in Directory.EnumerateFiles(TestPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(seeds, Path.GetFileName(seed)));
        }
        return folder;
    }

    /// <summary>The word every article of <see cref="WriteEquallyRanked"/> holds once, first.</summary>
    public const string EquallyRankedWord = "سمرقند";

    /// <summary>
    /// Writes <paramref name="count"/> articles (JSON Lines) that a query for
    /// <see cref="EquallyRankedWord"/> ranks equally: each holds it once, first, followed by the same
    /// number of words of its own. The words are made of letters no clitic or suffix rule removes,
    /// so each stays one distinct term and no two articles look alike to near-duplicate detection.
    /// </summary>
    public static string WriteEquallyRanked(string folder, int count)
    {
        const string letters = "جحخدذرزشصضطظعغق";
        string Word(int number)
        {
            var word = new char[5];
            for (var i = word.Length - 1; i >= 0; i--, number /= letters.Length)
            {
                word[i] = letters[number % letters.Length];
            }
            return new string(word);
        }
        const int wordsPerArticle = 12;
        var lines = Enumerable.Range(0, count).Select(a => JsonSerializer.Serialize(new
        {
            title = Word(100_000 + a),
            date = "2024-05-01",
            text = EquallyRankedWord + " " + string.Join(' ', Enumerable.Range(0, wordsPerArticle).Select(w => Word(200_000 + a * wordsPerArticle + w))) + ".",
        }));
        var file = Path.Combine(folder, "equally-ranked.jsonl");
        File.WriteAllLines(file, lines);
        return file;
    }

    /// <summary>Number of articles in <see cref="WriteStandard"/>'s folder: the written ones and the five seeds.</summary>
    public static int StandardCount => Written.Count + Directory.EnumerateFiles(TestPaths.Seeds).Count();

    /// <summary>A folder of <paramref name="count"/> article files recombined from the seeds' sentences.</summary>
    public static string WriteRecombined(string folder, int count)
    {
        var corpus = RecombinedCorpus.FromFolders([TestPaths.Seeds]);
        foreach (var item in corpus.Articles(count, seed: 7))
        {
            File.WriteAllText(Path.Combine(folder, item.Input!.File), item.Input.Text);
        }
        return folder;
    }

    /// <summary>
    /// The first <paramref name="count"/> articles of the bulk corpus's first file as one JSON Lines
    /// file: real news, where unknown names recur in several spellings beside the same entities.
    /// </summary>
    public static string WriteBulkSample(string folder, int count)
    {
        var source = Directory.EnumerateFiles(TestPaths.Bulk, "*.jsonl.gz").Order(StringComparer.Ordinal).First();
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(source), System.IO.Compression.CompressionMode.Decompress));
        var path = Path.Combine(folder, "bulk-sample.jsonl");
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count && reader.ReadLine() is { } line; i++)
        {
            writer.WriteLine(line);
        }
        return path;
    }
}
