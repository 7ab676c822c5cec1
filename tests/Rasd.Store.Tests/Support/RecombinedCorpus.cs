using System.Globalization;
using System.Text;
using Rasd.Input;
using Rasd.Stages.Segmentation;
using Rasd.Store.Ingest;
using Rasd.Text;

namespace Rasd.Store.Tests.Support;

/// <summary>
/// Many articles for the crash tests: real sentences read from the given folders, recombined (a
/// title sentence and two or three paragraphs of body sentences), each with a publication date
/// between 2018 and 2025. The same seed gives the same corpus.
/// </summary>
internal sealed class RecombinedCorpus
{
    private const int MinWordsPerSentence = 5;
    private static readonly DateOnly FirstDay = new(2018, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - FirstDay.DayNumber;

    private RecombinedCorpus(IReadOnlyList<string> sentences) => Sentences = sentences;

    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Collects the distinct sentences of every article in the folders (README-like .md files are skipped).</summary>
    public static RecombinedCorpus FromFolders(IEnumerable<string> folders)
    {
        var reader = new ArticleReader();
        var sentences = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ArticleReader.ExpandPaths(folders).Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var text in reader.Read(file).Where(i => i.Article is not null).Select(i => i.Article!.Text))
            {
                var lineStart = 0;
                foreach (var line in text.Split('\n'))
                {
                    foreach (var (start, end) in SentenceSplitter.Split(text, lineStart, lineStart + line.Length))
                    {
                        var sentence = text[start..end].Trim();
                        if (Tokenizer.Tokenize(ArabicNormalizer.Fold(sentence)).Count >= MinWordsPerSentence && seen.Add(sentence))
                        {
                            sentences.Add(sentence);
                        }
                    }
                    lineStart += line.Length + 1;
                }
            }
        }
        return sentences.Count == 0
            ? throw new InvalidOperationException("no sentences found in the benchmark source folders")
            : new RecombinedCorpus(sentences);
    }

    /// <summary>The articles, generated lazily so that a large corpus is never held in memory.</summary>
    public IEnumerable<IngestItem> Articles(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder(Pick(random));
            var paragraphs = random.Next(2, 4);
            for (var p = 0; p < paragraphs; p++)
            {
                text.Append("\n\n");
                var sentences = random.Next(2, 5);
                for (var s = 0; s < sentences; s++)
                {
                    text.Append(s == 0 ? string.Empty : " ").Append(Pick(random));
                }
            }
            var published = FirstDay.AddDays(random.Next(Days + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var name = $"recombined-{i + 1:D6}.txt";
            yield return IngestItem.Article(new ArticleInput(name, text.ToString(), ArticleMetadata.Plain("utf-8")), published, i + 1);
        }
    }

    private string Pick(Random random) => Sentences[random.Next(Sentences.Count)];
}
