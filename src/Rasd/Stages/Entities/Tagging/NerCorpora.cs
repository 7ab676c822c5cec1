namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// The public Arabic NER corpora the tagger trains on, as laid out under <c>shared/data/ner</c>:
/// ANERcorp (CAMeL Lab split, newswire), AQMAR (Wikipedia, gold) and WikiANN (Wikipedia, silver).
/// NewsFANE is deliberately absent: it re-annotates the ANERcorp test text.
/// </summary>
public static class NerCorpora
{
    public const string AnercorpTrainFile = "ANERCorp_CamelLab_train.txt";
    public const string AnercorpTestFile = "ANERCorp_CamelLab_test.txt";

    /// <summary>The ANERcorp sentences of one CoNLL file.</summary>
    public static List<TaggedSentence> ReadAnercorp(string path) => ConllReader.ReadFile(path);

    /// <summary>Every article file of the AQMAR folder, in name order (its README is not data).</summary>
    public static List<TaggedSentence> ReadAqmar(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt")
            .Where(path => !Path.GetFileName(path).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(ConllReader.ReadFile)
            .ToList();

    /// <summary>
    /// WikiANN's labelled files (<c>train-ar.tsv</c>, <c>dev-ar.tsv</c>). The leading <c>تحويل</c>
    /// ("redirect") of the many Wikipedia redirect titles is dropped: it is a markup word, never news text.
    /// </summary>
    public static List<TaggedSentence> ReadWikiann(string folder) =>
        new[] { "train-ar.tsv", "dev-ar.tsv" }
            .Select(name => Path.Combine(folder, name))
            .Where(File.Exists)
            .SelectMany(ConllReader.ReadFile)
            .Select(DropRedirectMarker)
            .Where(sentence => sentence.Words.Count > 0)
            .ToList();

    /// <summary>
    /// Cuts the last <paramref name="fraction"/> of the sentences off as a dev set. The cut is by
    /// position, not at random: ANERcorp's test split is its last sixth, so the end of train is the
    /// nearest text to it and the cut is the same every time.
    /// </summary>
    public static (List<TaggedSentence> Train, List<TaggedSentence> Dev) SplitDev(IReadOnlyList<TaggedSentence> sentences, double fraction) =>
        SplitDev(sentences, fraction, part: -1);

    /// <summary>
    /// Holds out block <paramref name="part"/> (0-based) of the sentences cut into blocks of
    /// <paramref name="fraction"/>, for cross-validation; -1 is the last block, the default dev set.
    /// </summary>
    public static (List<TaggedSentence> Train, List<TaggedSentence> Dev) SplitDev(IReadOnlyList<TaggedSentence> sentences, double fraction, int part)
    {
        if (fraction is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), "dev fraction must be in [0, 1)");
        }
        var devCount = (int)Math.Round(sentences.Count * fraction);
        var start = part < 0 ? sentences.Count - devCount : Math.Min(part * devCount, sentences.Count - devCount);
        return ([.. sentences.Take(start), .. sentences.Skip(start + devCount)], [.. sentences.Skip(start).Take(devCount)]);
    }

    private static TaggedSentence DropRedirectMarker(TaggedSentence sentence) =>
        sentence.Words.Count > 0 && sentence.Words[0] == "تحويل" && sentence.Tags[0] == NerTagNames.Outside
            ? new TaggedSentence([.. sentence.Words.Skip(1)], [.. sentence.Tags.Skip(1)])
            : sentence;
}
