using System.Globalization;
using System.Text.Json;
using Rasd.Cli.Commands.Store;
using Rasd.Data;
using Rasd.Records;
using Rasd.Store.Benchmark;
using Rasd.Store.Search;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Benchmark;

/// <summary>The search benchmark: a store replicated from analyzed articles, a seeded query mix drawn from them, and the command that times it.</summary>
public sealed class BenchmarkTests : IDisposable
{
    private readonly TemporaryFolder _corpus = new();
    private readonly SqliteTarget _base = new();
    private readonly List<SqliteTarget> _targets = [];

    public BenchmarkTests()
    {
        TestCorpus.WriteStandard(_corpus.Path);
        using var store = _base.Open();
        Ingestion.Ingest(store, _corpus.Path);
    }

    [Fact]
    public void ReplicasHaveNewIdsAndDatesOverTenYears()
    {
        using var source = _base.Open();
        using var target = NewTarget().Open();
        var stored = source.Counts().Articles + source.Counts().NearDuplicates;
        var count = (2 * stored) + 3;

        Assert.Equal(count, ReplicatedCorpus.Build(source, target, count, seed: 1));

        var copies = target.ExportArticles().ToList();
        Assert.Equal(count, copies.Count);
        Assert.Equal(count, copies.Select(a => a.Id).Distinct().Count());
        Assert.All(source.ExportArticles(), a => Assert.Contains(copies, c => c.Id == a.Id));
        Assert.All(copies, c =>
        {
            var day = DateOnly.ParseExact(c.Published!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.InRange(day, ReplicatedCorpus.FirstDay, ReplicatedCorpus.LastDay);
            Assert.Equal(c.Id, RecordJson.Deserialize(c.RecordJson)!.Id);
        });
        var duplicate = Assert.Single(source.ExportArticles(), a => a.DuplicateOf is not null);
        var secondCopy = Assert.Single(copies, c => c.Id == ReplicatedCorpus.CopyId(duplicate.Id, 1));
        Assert.Equal(ReplicatedCorpus.CopyId(duplicate.DuplicateOf!, 1), secondCopy.DuplicateOf);
        var summits = copies.Count(c => c.DuplicateOf is null && c.Title == TestCorpus.SummitTitle);
        Assert.Equal(summits, new SearchService(target, KnowledgeBase.Default).Search("\"إعلان أستانا\"").Total);
        Assert.Equal(target.Counts().Articles, target.SearchIndex().Articles);
    }

    [Fact]
    public void TheSameSeedGivesTheSameStore()
    {
        using var source = _base.Open();
        using var first = NewTarget().Open();
        using var second = NewTarget().Open();
        using var other = NewTarget().Open();

        ReplicatedCorpus.Build(source, first, 15, seed: 4);
        ReplicatedCorpus.Build(source, second, 15, seed: 4);
        ReplicatedCorpus.Build(source, other, 15, seed: 5);

        Assert.Equal(first.ExportArticles().Select(a => (a.Id, a.Published)), second.ExportArticles().Select(a => (a.Id, a.Published)));
        Assert.NotEqual(first.ExportArticles().Select(a => a.Published), other.ExportArticles().Select(a => a.Published));
    }

    [Fact]
    public void QueryMixIsSeededAndEveryQueryRuns()
    {
        using var source = _base.Open();
        var search = new SearchService(source, KnowledgeBase.Default);

        var mix = QueryMix.Draw(source, 60, seed: 3);

        Assert.Equal(mix, QueryMix.Draw(source, 60, seed: 3));
        Assert.NotEqual(mix, QueryMix.Draw(source, 60, seed: 4));
        Assert.Equal(60, mix.Count);
        Assert.Equal(QueryMix.Quotas(60).Where(q => q.Count > 0).Select(q => q.Kind), mix.Select(q => q.Kind).Distinct());
        Assert.All(mix, q => search.Search(q.Text));
        Assert.All(mix.Where(q => q.Kind == "phrase"), q => Assert.Matches("^\"[^\" ]+ [^\" ]+\"$", q.Text));
        Assert.All(mix.Where(q => q.Kind == "country"), q => Assert.Matches("^country:[A-Z]{2}$", q.Text));
        Assert.Contains(mix, q => q.Kind == "1 word" && search.Search(q.Text).Total > 0);
        Assert.Equal(200, QueryMix.Quotas(200).Sum(q => q.Count));
    }

    [Fact]
    public void BenchStoreBuildsOnceThenReusesTheStore()
    {
        var target = NewTarget();
        var settings = new BenchSettings(Articles: 20, Sources: null, Base: _base.Db, Seed: 1, Queries: 12, Repetitions: 1, Facets: true, RebuildIndex: true, MaxBytes: 1 << 24, Quiet: true);

        var first = Report(settings, target.Db);
        var again = Report(settings, target.Db);

        Assert.Equal("sqlite", first.GetProperty("backend").GetString());
        Assert.Equal(20, first.GetProperty("articles").GetInt64());
        Assert.True(first.GetProperty("replication_seconds").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Null, again.GetProperty("replication_seconds").ValueKind);
        Assert.Equal(12, first.GetProperty("search").GetProperty("queries").GetArrayLength());
        Assert.True(first.GetProperty("index").GetProperty("bytes").GetInt64() > 0);
        Assert.Equal(12, first.GetProperty("search_with_facets").GetProperty("overall").GetProperty("queries").GetInt32());
        Assert.Equal(2, BenchStoreCommand.Run(settings with { Articles = 21 }, target.Db, "json", TextWriter.Null));
        Assert.Equal(2, BenchStoreCommand.Run(settings, _base.Db, "json", TextWriter.Null));
    }

    public void Dispose()
    {
        foreach (var target in _targets)
        {
            target.Dispose();
        }
        _base.Dispose();
        _corpus.Dispose();
    }

    private SqliteTarget NewTarget()
    {
        var target = new SqliteTarget();
        _targets.Add(target);
        return target;
    }

    private static JsonElement Report(BenchSettings settings, string db)
    {
        var output = new StringWriter();
        Assert.Equal(0, BenchStoreCommand.Run(settings, db, "json", output));
        return JsonDocument.Parse(output.ToString()).RootElement;
    }
}
