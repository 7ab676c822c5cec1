using Rasd.Data;
using Rasd.Store.Abstractions;
using Rasd.Store.Export;
using Rasd.Store.Search;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>
/// The same corpus in SQLite (Lucene.Net) and in PostgreSQL (RUM) answers every query with the same
/// set of hits, the same totals and the same snippets, and puts the same article first wherever one
/// is clearly the best; the facets, analyst queries and exports agree too. The two engines score
/// differently (Lucene's BM25, RUM's cover density), so scores and the order of close matches may differ.
/// </summary>
public sealed class CrossBackendTests : IDisposable, IRequiresPostgres
{
    private static readonly string[] Queries =
    [
        "روسيا", "كازاخستان روسيا", "العلاقات الروسية", "جباروف", "التجارة -بوتين", "\"الدول الأعضاء\"",
        "الرئيس country:RU", "pair:KZ-RU", "from:2023-01-01 to:2024-12-31", "source:agency:tass", "٢٨ مليار",
        "منظمة شنغهاي للتعاون", "-روسيا", "entity:person:vladimir-putin العقوبات", "في",
    ];

    /// <summary>Queries one article answers best by far: it alone names the thing, or names it in its title and body.</summary>
    private static readonly (string Query, string Title)[] ClearlyBest =
    [
        ("بيشكك", TestCorpus.JaparovTitle),
        ("ضمانات قانونية", TestCorpus.JaparovTitle),
        ("\"إعلان أستانا\"", TestCorpus.SummitTitle),
        ("سلاسل التوريد", TestCorpus.SanctionsTitle),
        ("حسن الجوار", TestCorpus.RelationsTitle),
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
    public void BothBackendsReturnTheSameHits()
    {
        foreach (var query in Queries)
        {
            var sqlite = Answer(_sqlite, query);
            var postgres = Answer(_postgres, query);
            Assert.True(sqlite.Count > 0 || query == "\"الدول الأعضاء\"", $"no hits for {query}");
            Assert.Equal(sqlite.OrderBy(h => h.Id, StringComparer.Ordinal), postgres.OrderBy(h => h.Id, StringComparer.Ordinal));
        }
    }

    [BackendFact]
    public void BothBackendsPutTheClearlyBestArticleFirst()
    {
        foreach (var (query, title) in ClearlyBest)
        {
            Assert.True(title == First(_sqlite, query), $"sqlite {query}: {Top(_sqlite, query)}");
            Assert.True(title == First(_postgres, query), $"postgres {query}: {Top(_postgres, query)}");
        }
    }

    [BackendFact]
    public void BothBackendsCountTheSameFacets()
    {
        foreach (var query in Queries)
        {
            var options = new SearchOptions { Facets = true, FacetValues = 50 };
            var sqlite = new SearchService(_sqlite, KnowledgeBase.Default).Search(query, options).Facets;
            var postgres = new SearchService(_postgres, KnowledgeBase.Default).Search(query, options).Facets;
            Assert.Equal(Json(sqlite), Json(postgres));
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

    private static List<(string Id, string Snippet)> Answer(IArticleStore store, string query)
    {
        var results = new SearchService(store, KnowledgeBase.Default).Search(query, limit: 100);
        Assert.Equal(results.Total, results.Hits.Count);
        Assert.True(results.TotalIsExact);
        return results.Hits.Select(h => (h.Id, h.Snippet.Marked("[", "]"))).ToList();
    }

    private static string Top(IArticleStore store, string query) =>
        string.Join(" | ", new SearchService(store, KnowledgeBase.Default).Search(query, limit: 5).Hits.Select(h => $"{h.Title} {h.Score}"));

    private static string? First(IArticleStore store, string query) =>
        new SearchService(store, KnowledgeBase.Default).Search(query, limit: 5).Hits.FirstOrDefault()?.Title;

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static string Export(IArticleStore store)
    {
        var output = new StringWriter();
        ArticleExport.WriteJsonLines(store, output, includeDuplicates: true);
        ArticleExport.WriteCsv(store, output, includeDuplicates: true);
        return output.ToString();
    }
}
