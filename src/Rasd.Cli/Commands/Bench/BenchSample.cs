using Rasd.Input;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// The articles a benchmark measures: every single-article file under the paths, plus a fixed,
/// seeded sample of the articles streamed from corpora (JSON Lines and TREC files). The sample is
/// a reservoir over the whole stream, so it draws evenly from every corpus given, holds only
/// <c>size</c> articles in memory, and is the same for the same files, size and seed.
/// </summary>
internal sealed record BenchSample(List<ArticleInput> Articles, int WholeFiles, int CorpusArticles, int Refused)
{
    public static BenchSample Read(IEnumerable<string> paths, ArticleReader reader, int? size, int seed)
    {
        var whole = new List<ArticleInput>();
        var reservoir = new List<ArticleInput>();
        var random = new Random(seed);
        var seen = 0;
        var refused = 0;
        foreach (var item in reader.ReadAll(paths))
        {
            if (item.Article is not { } article)
            {
                refused++;
                CliOutput.Error(item.Problem!.Message);
                continue;
            }
            if (size is not { } limit || !IsCorpusRecord(article))
            {
                whole.Add(article);
                continue;
            }
            seen++;
            if (reservoir.Count < limit)
            {
                reservoir.Add(article);
            }
            else if (random.Next(seen) is var slot && slot < limit)
            {
                reservoir[slot] = article;
            }
        }
        return new BenchSample([.. whole, .. reservoir], whole.Count, seen, refused);
    }

    private static bool IsCorpusRecord(ArticleInput article) => article.Metadata.Format is "jsonl" or "trec";
}
