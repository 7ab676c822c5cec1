using Rasd.Input;
using Rasd.Sweep;
using Xunit.Abstractions;

namespace Rasd.Tests.Sweep;

/// <summary>
/// A fixed sample of real articles from both bulk corpora goes through the whole pipeline with no
/// error and no refused record. No time budget: a test never depends on the machine's speed.
/// </summary>
public sealed class BulkSweepTests(ITestOutputHelper output)
{
    private const int PerCorpus = 1000;

    [Theory]
    [InlineData("antcorpus.jsonl.gz", 31)]
    [InlineData("saudinewsnet.jsonl.gz", 29)]
    public void A_fixed_bulk_sample_is_analyzed_without_an_error(string corpus, int every)
    {
        var path = Path.Combine(TestPaths.Shared, "corpus", "bulk", corpus);
        Assert.True(File.Exists(path), $"{path} is missing: the shared folder must sit beside the repository");
        var sweep = new CorpusSweep(Rasd.Stages.DefaultPipeline.Create(TestPaths.Knowledge), budget: null);
        var report = sweep.Run(CorpusSample.Every(new ArticleReader().Read(path), every, PerCorpus));
        output.WriteLine(report.ToText());
        foreach (var problem in report.Problems)
        {
            output.WriteLine($"{problem.Kind}: {problem.Problem.Message}");
        }
        Assert.Equal(PerCorpus, report.Articles);
        Assert.Empty(report.Problems);
    }
}
