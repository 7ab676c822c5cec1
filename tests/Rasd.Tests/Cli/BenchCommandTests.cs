using System.Text.Json;
using Rasd.Cli.Commands.Bench;
using Rasd.Input;

namespace Rasd.Tests.Cli;

/// <summary>The benchmark's sample of articles, its floor and its report.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rasd-bench-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_sample_keeps_single_articles_whole_and_draws_a_fixed_number_from_corpora()
    {
        WriteCorpus("a.jsonl", 30);
        WriteCorpus("b.jsonl", 20);
        File.WriteAllText(Path.Combine(_folder, "single.txt"), "خبر واحد.\nوقال المسؤول إن العمل مستمر.");

        var sample = BenchSample.Read([_folder], new ArticleReader(), size: 10, seed: 3);

        Assert.Equal(1, sample.WholeFiles);
        Assert.Equal(50, sample.CorpusArticles);
        Assert.Equal(11, sample.Articles.Count);
        Assert.Contains(sample.Articles, a => a.File == "single.txt");
        Assert.Equal(10, sample.Articles.Where(a => a.File != "single.txt").Select(a => a.File).Distinct().Count());
    }

    [Fact]
    public void The_same_seed_draws_the_same_articles_and_another_seed_others()
    {
        WriteCorpus("a.jsonl", 40);
        string[] Draw(int seed) => [.. BenchSample.Read([_folder], new ArticleReader(), 8, seed).Articles.Select(a => a.File)];

        Assert.Equal(Draw(1), Draw(1));
        Assert.NotEqual(Draw(1), Draw(2));
    }

    [Fact]
    public void Without_a_sample_every_article_is_measured()
    {
        WriteCorpus("a.jsonl", 7);
        var sample = BenchSample.Read([_folder], new ArticleReader(), size: null, seed: 1);
        Assert.Equal(7, sample.Articles.Count);
    }

    [Fact]
    public void The_floor_counts_the_tokens_the_arabic_analyzer_keeps()
    {
        using var floor = new TokenizerFloor();
        Assert.Equal(0, floor.CountTokens(""));
        Assert.Equal(3, floor.CountTokens("العلاقات الروسية الصينية"));
        Assert.Equal(floor.CountTokens("العلاقات الروسية"), floor.CountTokens("العلاقات الروسية"));
    }

    [Fact]
    public void The_report_holds_the_ratio_stages_allocations_and_start_up()
    {
        File.WriteAllText(Path.Combine(_folder, "one.txt"), "موسكو - قال الرئيس الروسي إن العلاقات مع الصين جيدة.");
        var output = new StringWriter();

        var exit = BenchCommand.Run([_folder], sample: null, seed: 1, rounds: 1, output);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^ratio \(pipeline/floor\): \d+\.\d{3}$", text);
        Assert.Contains("allocated per article", text);
        Assert.Contains("garbage collections", text);
        Assert.Contains("start-up:", text);
        Assert.Contains("  relations ", text);
    }

    [Fact]
    public void A_sample_below_one_is_refused()
    {
        Assert.Equal(2, BenchCommand.Run([_folder], sample: 0, seed: 1, rounds: 1, new StringWriter()));
    }

    private void WriteCorpus(string name, int articles) =>
        File.WriteAllLines(Path.Combine(_folder, name), Enumerable.Range(0, articles).Select(i =>
            JsonSerializer.Serialize(new { title = $"عنوان {i}", text = $"قال المسؤول إن العمل رقم {i} مستمر." })));
}
