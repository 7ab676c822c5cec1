using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Records.Validation;
using Rasd.Stages;
using Rasd.Sweep;
using Xunit.Abstractions;

namespace Rasd.Tests.Records;

/// <summary>
/// The records the pipeline makes of real text keep the record contract: the seeds, the wild
/// corpus and a fixed sample of 2,000 bulk articles (the sample the bulk sweep analyzes) are
/// validated in full and every violation is printed.
/// </summary>
public sealed class RecordContractTests(ITestOutputHelper output)
{
    private const int PerBulkCorpus = 1000;

    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => DefaultPipeline.Create(TestPaths.Knowledge));

    [Fact]
    public void The_seed_records_keep_the_contract()
    {
        Assert.Equal(0, Violations(Read(TestPaths.Seeds)));
    }

    // The pipeline still writes names with a hashtag mark or an underscore (issue 14, item 1, the
    // entity stage): 2 in the wild corpus when this test was written. The ceiling only goes down,
    // to zero once the entity stage cleans names.
    [Fact]
    public void The_wild_records_keep_the_contract()
    {
        AssertAtMost(2, Violations(Read(TestPaths.Wild)));
    }

    // 61 violations in 34 records when this test was written, all from the entity and relation
    // stages (issue 14, items 1 and 3): ids typed as a country or city that are not
    // (country:ar:بوتن, city:ar:ميلانيا) and relations naming their broken codes, Latin letters in
    // person:ar: ids, hashtag marks and underscores in names. The ceiling only goes down, to zero.
    [Fact]
    public void A_fixed_bulk_sample_keeps_the_contract()
    {
        var bulk = Path.Combine(TestPaths.Shared, "corpus", "bulk");
        var reader = new ArticleReader();
        var items = CorpusSample.Every(reader.Read(Path.Combine(bulk, "antcorpus.jsonl.gz")), 31, PerBulkCorpus)
            .Concat(CorpusSample.Every(reader.Read(Path.Combine(bulk, "saudinewsnet.jsonl.gz")), 29, PerBulkCorpus))
            .ToList();
        Assert.Equal(2 * PerBulkCorpus, items.Count(i => i.Article is not null));
        AssertAtMost(61, Violations(items));
    }

    private static List<InputItem> Read(string folder)
    {
        Assert.True(Directory.Exists(folder), $"{folder} is missing");
        return new ArticleReader().ReadAll([folder]).ToList();
    }

    private int Violations(IReadOnlyList<InputItem> items)
    {
        var validator = RecordValidator.Default;
        var results = items
            .Where(i => i.Article is not null)
            .AsParallel()
            .AsOrdered()
            .Select(i =>
            {
                var outcome = Pipeline.Value.AnalyzeIsolated(i.Article!, null, budget: null);
                Assert.True(outcome.Document is not null, outcome.Problem?.Message);
                var json = RecordJson.Serialize(RecordBuilder.Build(outcome.Document!), indented: false);
                return (i.Article!.File, Violations: validator.Validate(json));
            })
            .ToList();
        foreach (var (file, violations) in results)
        {
            foreach (var violation in violations)
            {
                output.WriteLine($"{file}: {violation}");
            }
        }
        return results.Sum(r => r.Violations.Count);
    }

    private void AssertAtMost(int ceiling, int count)
    {
        output.WriteLine($"{count} violations (ceiling {ceiling})");
        Assert.True(count <= ceiling, $"{count} violations of the record contract, more than the {ceiling} known when the test was written");
    }
}
