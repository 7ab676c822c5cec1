using System.Text.Json;
using System.Xml.Linq;
using Rasd.Cli.Commands.Store;
using Rasd.Store.Ingest;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Cli;

/// <summary>The analyst commands over one SQLite store, read the way a script reads them.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TemporaryFolder _corpus = new();
    private readonly SqliteTarget _target = new();

    public StoreCommandTests()
    {
        TestCorpus.WriteStandard(_corpus.Path);
        Assert.Equal(0, IngestCommand.Run([_corpus.Path], _target.Db, quiet: true, null, new IngestOptions(), Rasd.Text.TextDecoder.DefaultMaxBytes, TextWriter.Null, Stream.Null));
    }

    [Fact]
    public void SearchPrintsJsonCsvAndATable()
    {
        var json = Output(w => SearchCommand.Run("جباروف", _target.Db, "json", 20, 0, w));
        var root = JsonDocument.Parse(json).RootElement;
        Assert.True(root.GetProperty("total").GetInt64() >= 1);
        Assert.Contains(root.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("<mark>صادر جاباروف</mark>", StringComparison.Ordinal));

        var csv = Output(w => SearchCommand.Run("العلاقات الروسية", _target.Db, "csv", 20, 0, w));
        Assert.StartsWith("rank,id,score,published,title,file,snippet\r\n", csv, StringComparison.Ordinal);

        var table = Output(w => SearchCommand.Run("روسيا", _target.Db, "table", 5, 0, w));
        Assert.Contains("articles match", table, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchWithFacetsPrintsTheirCounts()
    {
        var root = JsonDocument.Parse(Output(w => SearchCommand.Run("كازاخستان", _target.Db, "json", 5, 0, w, facets: true))).RootElement;
        Assert.True(root.GetProperty("total_is_exact").GetBoolean());
        var countries = root.GetProperty("facets").GetProperty("countries").EnumerateArray().ToList();
        Assert.Contains(countries, c => c.GetProperty("value").GetString() == "country:KZ" && c.GetProperty("count").GetInt64() == root.GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(Output(w => SearchCommand.Run("كازاخستان", _target.Db, "json", 5, 0, w))).RootElement.GetProperty("facets").ValueKind);
        Assert.Contains("country", Output(w => SearchCommand.Run("كازاخستان", _target.Db, "table", 5, 0, w, facets: true)), StringComparison.Ordinal);
        Assert.Equal(2, SearchCommand.Run("كازاخستان", _target.Db, "json", 20, 9_990, TextWriter.Null));
    }

    [Fact]
    public void MalformedQueryExitsWithUsageError()
    {
        Assert.Equal(2, SearchCommand.Run("\"unbalanced", _target.Db, "json", 20, 0, TextWriter.Null));
        Assert.Equal(2, SearchCommand.Run("روسيا", _target.Db, "json", 0, 0, TextWriter.Null));
    }

    [Fact]
    public void AnalystCommandsPrintTheirRows()
    {
        var entities = JsonDocument.Parse(Output(w => EntitiesCommand.Run("country", 5, _target.Db, "json", w))).RootElement;
        Assert.All(entities.EnumerateArray(), e => Assert.Equal("country", e.GetProperty("type").GetString()));
        Assert.Contains("\"names_seen\"", Output(w => EntityCommand.Run("person:sadyr-japarov", 5, _target.Db, "json", w)), StringComparison.Ordinal);
        Assert.Equal(1, EntityCommand.Run("person:nobody", 5, _target.Db, "json", TextWriter.Null));
        Assert.Contains("person:vladimir-putin", Output(w => QuotesCommand.Run("person:vladimir-putin", null, 10, _target.Db, "csv", w)), StringComparison.Ordinal);
        Assert.Contains("RUB", Output(w => AmountsCommand.Run("RUB", null, 10, _target.Db, "table", w)), StringComparison.Ordinal);
        Assert.StartsWith("period,articles,mean_tone,topics", Output(w => TimelineCommand.Run("KZ-RU", "year", _target.Db, "csv", w)), StringComparison.Ordinal);
        Assert.Equal(2, TimelineCommand.Run("KZRU", "month", _target.Db, "json", TextWriter.Null));
    }

    [Fact]
    public void ExportWritesRecordsArticlesAndTheGraph()
    {
        var jsonl = Output(w => ExportCommand.Run("jsonl", null, false, 1, _target.Db, w)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(TestCorpus.StandardCount - 1, jsonl.Length);
        Assert.All(jsonl, line => Assert.Equal(1, JsonDocument.Parse(line).RootElement.GetProperty("schema").GetInt32()));
        var csv = Output(w => ExportCommand.Run("csv", null, true, 1, _target.Db, w));
        Assert.Equal(TestCorpus.StandardCount + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var file = _corpus.File("graph.gexf");
        Assert.Equal(0, ExportCommand.Run("gexf", file, false, 2, _target.Db, TextWriter.Null));
        Assert.NotEmpty(XDocument.Load(file).Descendants(XName.Get("edge", "http://gexf.net/1.3")));
    }

    [Fact]
    public void ReanalyzeWithNothingOutdatedChangesNothing()
    {
        var before = Output(w => ExportCommand.Run("jsonl", null, true, 1, _target.Db, w));
        Assert.Equal(0, ReanalyzeCommand.Run(_target.Db, quiet: true, 16, TextWriter.Null));
        Assert.Equal(before, Output(w => ExportCommand.Run("jsonl", null, true, 1, _target.Db, w)));
    }

    [Fact]
    public void UnreachableStoreIsReportedNotThrown()
    {
        Assert.Equal(2, EntitiesCommand.Run(null, 5, Path.Combine(_corpus.Path, "no", "such", "folder", "x.db"), "json", TextWriter.Null));
        Assert.Equal(2, EntitiesCommand.Run(null, 5, "Host=127.0.0.1;Port=1;Timeout=2;Username=x;Database=y", "json", TextWriter.Null));
    }

    public void Dispose()
    {
        _target.Dispose();
        _corpus.Dispose();
    }

    private static string Output(Func<TextWriter, int> command)
    {
        var writer = new StringWriter();
        Assert.Equal(0, command(writer));
        return writer.ToString();
    }
}
