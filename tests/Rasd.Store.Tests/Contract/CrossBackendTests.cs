using Rasd.Data;
using Rasd.Store.Abstractions;
using Rasd.Store.Export;
using Rasd.Store.Search;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>
/// The same corpus in SQLite and in PostgreSQL answers every query with the same hits, in the same
/// order, with the same scores and snippets; the analyst queries and exports agree too.
/// </summary>
public sealed class CrossBackendTests : IDisposable, IRequiresPostgres
{
    private static readonly string[] Queries =
    [
        "روسيا", "كازاخستان روسيا", "العلاقات الروسية", "جباروف", "التجارة -بوتين", "\"الدول الأعضاء\"",
        "الرئيس country:RU", "pair:KZ-RU", "from:2023-01-01 to:2024-12-31", "source:agency:tass", "٢٨ مليار",
        "منظمة شنغهاي للتعاون", "-روسيا", "entity:person:vladimir-putin العقوبات", "في",
    ];

    private readonly TemporaryFolder _corpus = new();
    private readonly SqliteTarget _sqliteTarget = new();
    private readonly PostgresTarget _postgresTarget = new();
    private readonly IArticleStore _sqlite;
    private readonly IArticleStore _postgres;

    public CrossBackendTests()
    {
        TestCorpus.WriteStandard(_corpus.Path);
        _sqlite = _sqliteTarget.Open();
        _postgres = _postgresTarget.Open();
        Ingestion.Ingest(_sqlite, _corpus.Path);
        Ingestion.Ingest(_postgres, _corpus.Path);
    }

    [BackendFact]
    public void BothBackendsReturnTheSameHitsInTheSameOrder()
    {
        foreach (var query in Queries)
        {
            var sqlite = Answer(_sqlite, query);
            var postgres = Answer(_postgres, query);
            Assert.True(sqlite.Count > 0 || query == "\"الدول الأعضاء\"", $"no hits for {query}");
            Assert.Equal(sqlite, postgres);
        }
    }

    [BackendFact]
    public void BothBackendsAgreeOnFactsAndExports()
    {
        Assert.Equal(_sqlite.Counts(), _postgres.Counts());
        Assert.Equal(_sqlite.Entities(null, 100), _postgres.Entities(null, 100));
        Assert.Equal(Json(_sqlite.Entity("country:KZ", 10)), Json(_postgres.Entity("country:KZ", 10)));
        Assert.Equal(_sqlite.Quotes(null, null, 100), _postgres.Quotes(null, null, 100));
        Assert.Equal(_sqlite.Amounts(null, null, 100), _postgres.Amounts(null, null, 100));
        Assert.Equal(Json(_sqlite.Timeline("country:KZ", "country:RU", TimelineGrain.Month)), Json(_postgres.Timeline("country:KZ", "country:RU", TimelineGrain.Month)));
        Assert.Equal(Export(_sqlite), Export(_postgres));
        Assert.Equal(Json(_sqlite.CoMentions(1)), Json(_postgres.CoMentions(1)));
    }

    public void Dispose()
    {
        _sqlite.Dispose();
        _postgres.Dispose();
        _sqliteTarget.Dispose();
        _postgresTarget.Dispose();
        _corpus.Dispose();
    }

    private static List<(string Id, double Score, string Snippet)> Answer(IArticleStore store, string query)
    {
        var results = new SearchService(store, KnowledgeBase.Default).Search(query, limit: 100);
        Assert.Equal(results.Total, results.Hits.Count);
        return results.Hits.Select(h => (h.Id, h.Score, h.Snippet.Marked("[", "]"))).ToList();
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static string Export(IArticleStore store)
    {
        var output = new StringWriter();
        ArticleExport.WriteJsonLines(store, output, includeDuplicates: true);
        ArticleExport.WriteCsv(store, output, includeDuplicates: true);
        return output.ToString();
    }
}
