using Rasd.Input;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// The articles a benchmark measures: every single-article file under the paths, plus a fixed,
/// seeded sample of the articles streamed from corpora (files holding several articles). The sample is
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
        foreach (var file in ArticleReader.ExpandPaths(paths))
        {
            var articles = new List<ArticleInput>();
            var corpus = false;
            foreach (var item in reader.Read(file))
            {
                if (item.Article is not { } article)
                {
                    refused++;
                    CliOutput.Error(item.Problem!.Message);
                    continue;
                }
                articles.Add(article);
                if (size is not { } limit || (!corpus && articles.Count < 2))
                {
                    continue;
                }
                corpus = true;
                // A second article makes the file a corpus: from here on its articles are drawn, not kept.
                foreach (var drawn in articles)
                {
                    seen++;
                    if (reservoir.Count < limit)
                    {
                        reservoir.Add(drawn);
                    }
                    else if (random.Next(seen) is var slot && slot < limit)
                    {
                        reservoir[slot] = drawn;
                    }
                }
                articles.Clear();
            }
            if (!corpus)
            {
                whole.AddRange(articles);
            }
        }
        return new BenchSample([.. whole, .. reservoir], whole.Count, seen, refused);
    }
}
