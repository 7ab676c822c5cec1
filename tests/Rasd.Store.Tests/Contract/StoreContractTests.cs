using System.Diagnostics;
using System.Xml.Linq;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Export;
using Rasd.Store.Identity;
using Rasd.Store.Ingest;
using Rasd.Store.Search;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>
/// What every store backend must do, run unchanged against SQLite and PostgreSQL: idempotent and
/// crash-safe ingestion, near-duplicate linking, Arabic search with stemming and spelling variants,
/// hostile queries, the analyst queries, exports and reanalysis.
/// </summary>
public abstract class StoreContractTests : IDisposable
{
    private readonly TemporaryFolder _corpus = new();
    private readonly List<StoreTarget> _targets = [];
    private readonly List<IArticleStore> _stores = [];

    protected StoreContractTests() => TestCorpus.WriteStandard(_corpus.Path);

    protected abstract StoreTarget CreateTarget();

    [BackendFact]
    public void ReingestingTheSameInputsAddsNothing()
    {
        var store = Open(out _);
        var first = Ingestion.Ingest(store, _corpus.Path);
        var counts = store.Counts();
        var second = Ingestion.Ingest(store, _corpus.Path);

        Assert.Equal(TestCorpus.StandardCount, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(TestCorpus.StandardCount, second.AlreadyStored);
        Assert.Equal(counts, store.Counts());
        Assert.Equal(TestCorpus.StandardCount, store.ExportArticles().Count());
    }

    [BackendFact]
    public void RepublishedStoryIsLinkedToItsOriginalAndNotCountedTwice()
    {
        var store = Open(out _);
        var summary = Ingestion.Ingest(store, _corpus.Path);

        Assert.Equal(1, summary.NearDuplicates);
        var counts = store.Counts();
        Assert.Equal(TestCorpus.StandardCount - 1, counts.Articles);
        Assert.Equal(1, counts.NearDuplicates);
        var articles = store.ExportArticles().ToList();
        var original = Assert.Single(articles, a => a.Title == TestCorpus.SummitTitle && a.DuplicateOf is null);
        var copy = Assert.Single(articles, a => a.DuplicateOf is not null);
        Assert.Equal(original.Id, copy.DuplicateOf);
        Assert.Equal("2024-07-05", copy.Published);
        var hits = Search(store, "\"إعلان أستانا\"");
        Assert.Equal([original.Id], hits.Hits.Select(h => h.Id));
    }

    [BackendFact]
    public void InflectedQueryFindsOtherFormsOfTheWords()
    {
        var store = Ingested();

        var results = Search(store, "العلاقات الروسية");

        Assert.Contains(results.Hits, h => h.Title == TestCorpus.RelationsTitle);
        var hit = results.Hits.Single(h => h.Title == TestCorpus.RelationsTitle);
        var marked = hit.Snippet.Marked("[", "]");
        Assert.Contains("[علاقات]", marked, StringComparison.Ordinal);
        Assert.Contains("[روسيا]", marked, StringComparison.Ordinal);
    }

    [BackendFact]
    public void SpellingVariantFindsTheSamePerson()
    {
        var store = Ingested();

        var results = Search(store, "جباروف");

        var hit = Assert.Single(results.Hits, h => h.Title == TestCorpus.JaparovTitle);
        Assert.Contains("[صادر جاباروف]", hit.Snippet.Marked("[", "]"), StringComparison.Ordinal);
        Assert.Contains(Search(store, "entity:person:sadyr-japarov").Hits, h => h.Title == TestCorpus.JaparovTitle);
    }

    [BackendFact]
    public void ArabicIndicDigitsMatchAsciiDigits()
    {
        var store = Ingested();

        Assert.Contains(Search(store, "٢٨ مليار").Hits, h => h.Title == TestCorpus.RelationsTitle);
        Assert.Contains(Search(store, "28 مليار").Hits, h => h.Title == TestCorpus.RelationsTitle);
    }

    [BackendFact]
    public void PhrasesExclusionsAndFiltersNarrowTheResults()
    {
        var store = Ingested();

        Assert.Equal([TestCorpus.SummitTitle], Titles(store, "\"الدول الأعضاء\""));
        Assert.DoesNotContain(TestCorpus.PutinTitle, Titles(store, "التجارة -بوتين"));
        Assert.Contains(TestCorpus.PutinTitle, Titles(store, "التجارة"));
        Assert.Contains(TestCorpus.JaparovTitle, Titles(store, "country:KG"));
        Assert.DoesNotContain(TestCorpus.JaparovTitle, Titles(store, "-country:KG الرئيس"));
        Assert.Contains(TestCorpus.PutinTitle, Titles(store, "entity:person:vladimir-putin"));
        var tass = Titles(store, "source:agency:tass");
        Assert.Contains(TestCorpus.RelationsTitle, tass);
        Assert.DoesNotContain(TestCorpus.JaparovTitle, tass);
        var inRange = Search(store, "from:2023-05-01 to:2023-06-30");
        Assert.Equal([TestCorpus.JaparovTitle, TestCorpus.PutinTitle], inRange.Hits.Select(h => h.Title));
        var pair = Search(store, "pair:KZ-RU");
        Assert.NotEmpty(pair.Hits);
        Assert.All(pair.Hits, h => Assert.Contains(
            RecordJson.Deserialize(store.ExportArticles().Single(a => a.Id == h.Id).RecordJson)!.Relations,
            r => r.A == "country:KZ" && r.B == "country:RU"));
    }

    [BackendFact]
    public void RankingPutsTheDenserMatchFirstAndIsStable()
    {
        var store = Ingested();

        var first = Search(store, "كازاخستان روسيا");
        var again = Search(store, "كازاخستان روسيا");

        Assert.True(first.Hits.Count > 2);
        Assert.Equal(first.Hits.Select(h => (h.Id, h.Score)), again.Hits.Select(h => (h.Id, h.Score)));
        Assert.True(first.Hits.Zip(first.Hits.Skip(1)).All(p => p.First.Score > p.Second.Score
            || (p.First.Score == p.Second.Score && string.CompareOrdinal(p.First.Id, p.Second.Id) < 0)));
        var paged = new SearchService(store, KnowledgeBase.Default).Search("كازاخستان روسيا", limit: 2, offset: 1);
        Assert.Equal(first.Hits.Skip(1).Take(2).Select(h => h.Id), paged.Hits.Select(h => h.Id));
    }

    [BackendFact]
    public void HostileQueriesAreAnsweredCleanly()
    {
        var store = Ingested();
        var counts = store.Counts();
        var search = new SearchService(store, KnowledgeBase.Default);

        Assert.Empty(search.Search("'; DROP TABLE articles; --").Hits);
        Assert.Empty(search.Search("\" OR 1=1 --\"").Hits);
        search.Search("روسيا' & !'x");
        Assert.Contains("unclosed quotation", Assert.Throws<QueryException>(() => search.Search("\"علاقات روسيا")).Message, StringComparison.Ordinal);
        Assert.Contains("too long", Assert.Throws<QueryException>(() => search.Search(new string('ر', 10_000))).Message, StringComparison.Ordinal);
        Assert.Contains("too long", Assert.Throws<QueryException>(() => search.Search(string.Concat(Enumerable.Repeat("روسيا ", 2_000)))).Message, StringComparison.Ordinal);
        Assert.Contains("country:", Assert.Throws<QueryException>(() => search.Search("country:'; DROP")).Message, StringComparison.Ordinal);
        Assert.Throws<QueryException>(() => search.Search("from:yesterday"));
        Assert.Throws<QueryException>(() => search.Search("';--"));
        foreach (var syntax in new[] { "NEAR(روسيا كازاخستان)", "روس*", "^روسيا", "tokens:روسيا", "روسيا <-> كازاخستان", "!روسيا", "روسيا:*", "a\\'b", "(روسيا | كازاخستان)" })
        {
            search.Search(syntax);
        }
        Assert.Equal(counts, store.Counts());
    }

    [BackendFact]
    public void FacetsCountEveryMatchBySourceCountryPersonAndMonth()
    {
        var store = Ingested();
        var search = new SearchService(store, KnowledgeBase.Default);

        var results = search.Search("كازاخستان", new SearchOptions { Limit = 1, Facets = true, FacetValues = 100 });

        var facets = Assert.IsType<SearchFacets>(results.Facets);
        Assert.Single(results.Hits);
        var kazakhstan = Assert.Single(facets.Countries, c => c.Value == "country:KZ");
        Assert.Equal(results.Total, kazakhstan.Count);
        Assert.Equal("كازاخستان", kazakhstan.Label);
        Assert.True(facets.Countries.Zip(facets.Countries.Skip(1)).All(p => p.First.Count > p.Second.Count
            || (p.First.Count == p.Second.Count && string.CompareOrdinal(p.First.Value, p.Second.Value) < 0)));
        Assert.Contains(facets.Persons, p => p.Value == "person:vladimir-putin" && p.Count >= 2);
        Assert.Contains(facets.Sources, s => s.Value == "agency:tass" && s.Label is not null);
        Assert.Equal(facets.Months.Select(m => m.Value).Order(StringComparer.Ordinal), facets.Months.Select(m => m.Value));
        Assert.Contains(facets.Months, m => m.Value == "2024-03");
        Assert.True(facets.Months.Sum(m => m.Count) <= results.Total);
        Assert.Null(search.Search("كازاخستان").Facets);
        var narrowed = search.Search("كازاخستان source:agency:tass", new SearchOptions { Facets = true });
        Assert.Equal(narrowed.Total, Assert.Single(narrowed.Facets!.Sources, s => s.Value == "agency:tass").Count);
        Assert.All(search.Search("روسيا", new SearchOptions { Facets = true, FacetValues = 2 }).Facets!.Persons.Skip(2), _ => Assert.Fail("more values than asked for"));
    }

    [BackendFact]
    public void PagesEndWithinTheResultWindow()
    {
        var store = Ingested();
        var search = new SearchService(store, KnowledgeBase.Default);

        Assert.Throws<ArgumentOutOfRangeException>(() => search.Search("روسيا", new SearchOptions { Limit = 20, Offset = SearchOptions.MaxWindow - 19 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => search.Search("روسيا", new SearchOptions { Limit = SearchOptions.MaxLimit + 1 }));
        Assert.Empty(search.Search("روسيا", new SearchOptions { Limit = 20, Offset = SearchOptions.MaxWindow - 20 }).Hits);
        var past = search.Search("روسيا", new SearchOptions { Offset = 500 });
        Assert.Empty(past.Hits);
        Assert.Equal(search.Search("روسيا").Total, past.Total);
    }

    /// <summary>
    /// Articles that rank equally are ordered by id, and the pages of such a tie, read one after
    /// another, give the same articles in the same order as one page holding them all.
    /// </summary>
    [BackendFact]
    public void PagesThroughEquallyRankedArticlesJoinIntoTheWholeRanking()
    {
        const int articles = 45, pageSize = 7;
        using var folder = new TemporaryFolder();
        var store = Open(out _);
        Ingestion.Ingest(store, TestCorpus.WriteEquallyRanked(folder.Path, articles));
        var search = new SearchService(store, KnowledgeBase.Default);

        var whole = search.Search(TestCorpus.EquallyRankedWord, new SearchOptions { Limit = articles });
        var pages = Enumerable.Range(0, (articles + pageSize - 1) / pageSize)
            .SelectMany(page => search.Search(TestCorpus.EquallyRankedWord, new SearchOptions { Limit = pageSize, Offset = page * pageSize }).Hits)
            .Select(h => h.Id);

        Assert.Equal(articles, whole.Total);
        Assert.Single(whole.Hits.Select(h => h.Score).Distinct());
        Assert.Equal(whole.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), whole.Hits.Select(h => h.Id));
        Assert.Equal(whole.Hits.Select(h => h.Id), pages);
    }

    /// <summary>
    /// A query of filters alone lists every article that passes them, newest first (undated last),
    /// equal days by id, and its pages read one after another give the same list.
    /// </summary>
    [BackendFact]
    public void FiltersAloneListEveryMatchNewestFirstAndPageThroughIt()
    {
        var store = Ingested();
        var search = new SearchService(store, KnowledgeBase.Default);
        var records = store.ExportArticles()
            .Where(a => a.DuplicateOf is null)
            .Select(a => RecordJson.Deserialize(a.RecordJson)!)
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        bool Names(AnalysisRecord r, string entity) => r.Entities.Any(e => e.Id == entity);
        bool Credits(AnalysisRecord r, string source) => r.Publisher == source || r.Sources.Any(s => s.Id == source);
        bool Relates(AnalysisRecord r, string a, string b) => r.Relations.Any(x => (x.A, x.B) == (a, b) || (x.A, x.B) == (b, a));
        bool Within(AnalysisRecord r, string from, string to) =>
            ArticleFacts.DayRange(r.Published) is ({ } start, { } end) && string.CompareOrdinal(start, to) <= 0 && string.CompareOrdinal(end, from) >= 0;
        var queries = new (string Query, Func<AnalysisRecord, bool> Passes)[]
        {
            ("country:KZ", r => Names(r, "country:KZ")),
            ("source:agency:tass", r => Credits(r, "agency:tass")),
            ("country:KZ source:agency:tass", r => Names(r, "country:KZ") && Credits(r, "agency:tass")),
            ("country:RU -country:KG", r => Names(r, "country:RU") && !Names(r, "country:KG")),
            ("pair:KZ-RU from:2022-01-01 to:2023-12-31", r => Relates(r, "country:KZ", "country:RU") && Within(r, "2022-01-01", "2023-12-31")),
            ("entity:person:vladimir-putin -source:agency:tass", r => Names(r, "person:vladimir-putin") && !Credits(r, "agency:tass")),
        };
        foreach (var (query, passes) in queries)
        {
            var expected = records.Values.Where(passes).ToList();
            Assert.True(expected.Count >= 2, $"{query}: the corpus should give at least two matches");
            var newestFirst = expected
                .Select(r => (ArticleFacts.DayRange(r.Published).Start, r.Id))
                .OrderBy(a => a.Start is null)
                .ThenByDescending(a => a.Start, StringComparer.Ordinal)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => a.Id);
            var whole = search.Search(query, new SearchOptions { Limit = 100 });
            Assert.Equal(expected.Count, whole.Total);
            Assert.Equal(newestFirst, whole.Hits.Select(h => h.Id));
            var pages = Enumerable.Range(0, expected.Count)
                .SelectMany(page => search.Search(query, new SearchOptions { Limit = 1, Offset = page }).Hits)
                .Select(h => h.Id);
            Assert.Equal(whole.Hits.Select(h => h.Id), pages);
        }
        var tass = search.Search("source:agency:tass", new SearchOptions { Limit = 100 }).Hits.Select(h => h.Id).ToHashSet();
        var tassNamingPutin = search.Search("بوتين source:agency:tass", new SearchOptions { Limit = 100 }).Hits.Select(h => h.Id);
        Assert.Equal(
            tass.Except(tassNamingPutin).Order(StringComparer.Ordinal),
            search.Search("source:agency:tass -بوتين", new SearchOptions { Limit = 100 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A bulk load changes how the search structures are built, never the answers: during the load,
    /// after it ends, and in a store opened again after a load that never ended.
    /// </summary>
    [BackendFact]
    public void BulkLoadedStoreAnswersAsAnIngestedOneDuringAndAfterTheLoad()
    {
        string[] queries = ["كازاخستان روسيا", "\"الدول الأعضاء\"", "التجارة -بوتين", "country:KZ", "source:agency:tass -country:KG", "pair:KZ-RU from:2022-01-01 to:2023-12-31"];
        var reference = Ingested();
        List<string> Answers(IArticleStore store) =>
            queries.Select(q => Search(store, q)).Select(r => $"{r.Total}: {string.Join(' ', r.Hits.Select(h => h.Id))}").ToList();
        var expected = Answers(reference);
        var unended = Open(out var unendedTarget);
        var ended = Open(out _);

        foreach (var store in new[] { unended, ended })
        {
            store.BeginBulkLoad();
            Ingestion.Ingest(store, _corpus.Path);
            Assert.Equal(expected, Answers(store));
        }
        ended.EndBulkLoad();
        unended.Dispose();
        using var reopened = unendedTarget.Open();

        Assert.Equal(expected, Answers(ended));
        Assert.Equal(expected, Answers(reopened));
        Assert.Equal(reference.SearchIndex().Parts.Count, reopened.SearchIndex().Parts.Count);
        Assert.Empty(reopened.CheckIntegrity());
    }

    [BackendFact]
    public void EntityProfileGathersNamesRolesQuotesAndCoMentions()
    {
        var store = Ingested();

        var profile = store.Entity("person:sadyr-japarov", 10);

        Assert.NotNull(profile);
        Assert.Contains(profile.NamesSeen, n => n.Value == "جاباروف");
        Assert.Contains(profile.NamesSeen, n => n.Value == "صادر جاباروف");
        Assert.Contains(profile.CoMentioned, c => c.Id == "country:KG");
        Assert.Contains(profile.MentionsByMonth, m => m.Value == "2023-06");
        Assert.Contains(profile.Roles, r => r.Articles >= 1 && r.FirstSeen == "2023-06-05");
        Assert.NotNull(profile.FirstSeen);
        Assert.True(string.CompareOrdinal(profile.FirstSeen, profile.LastSeen) <= 0);
        Assert.Null(store.Entity("person:nobody", 10));
        var people = store.Entities("person", 50);
        Assert.Contains(people, e => e.Id == "person:sadyr-japarov" && e.Articles >= 2);
        Assert.All(people, e => Assert.Equal("person", e.Type));
    }

    [BackendFact]
    public void QuotesAndAmountsAreFoundBySpeakerUnitAndSubject()
    {
        var store = Ingested();

        var putin = store.Quotes("person:vladimir-putin", null, 50);
        Assert.Contains(putin, q => q.Text.Contains("التجارة مع كازاخستان", StringComparison.Ordinal));
        Assert.All(putin, q => Assert.Equal("person:vladimir-putin", q.SpeakerId));
        Assert.Contains(store.Quotes(null, "country:KZ", 50), q => q.SpeakerId == "person:vladimir-putin");
        var rubles = store.Amounts("RUB", null, 50);
        Assert.Contains(rubles, a => a.Value == 17e9 && a.Qualifier == "over");
        Assert.Contains(store.Amounts(null, "country:KZ", 50), a => a.Unit == "RUB");
        Assert.Contains(store.Amounts("USD", null, 50), a => a.Value == 28e9);
    }

    [BackendFact]
    public void TimelineCountsArticlesToneAndTopicsPerPeriod()
    {
        var store = Ingested();

        var byYear = store.Timeline("country:RU", "country:KZ", TimelineGrain.Year);
        var byMonth = store.Timeline("country:KZ", "country:RU", TimelineGrain.Month);

        Assert.Contains(byYear, p => p.Period == "2023");
        Assert.Equal(byYear.Sum(p => p.Articles), byMonth.Sum(p => p.Articles));
        Assert.All(byMonth, p => Assert.Equal(7, p.Period.Length));
        Assert.All(byYear, p => Assert.InRange(p.MeanTone, -1, 1));
        Assert.Contains(byYear.SelectMany(p => p.Topics), t => t.Count > 0);
    }

    [BackendFact]
    public void GexfExportIsTheCoMentionGraph()
    {
        var store = Ingested();
        var output = new StringWriter();

        GexfExport.Write(store.CoMentions(1), output);

        var gexf = XDocument.Parse(output.ToString());
        XNamespace ns = "http://gexf.net/1.3";
        var nodes = gexf.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = gexf.Descendants(ns + "edge").ToList();
        Assert.Contains("country:KZ", nodes);
        Assert.Contains(edges, e => (string)e.Attribute("source")! == "country:KZ" && (string)e.Attribute("target")! == "country:RU" && (int)e.Attribute("weight")! >= 3);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodes));
    }

    [BackendFact]
    public void SpellingsOfOneUnknownNameCountAsOneEntityAndAnalystsCorrectionsStay()
    {
        using var folder = new TemporaryFolder();
        var file = TestCorpus.WriteSpellings(folder.Path);
        var store = Open(out _);
        Ingestion.Ingest(store, file);

        var alias = Assert.Single(store.IdentityRows(), r => r.Id == TestCorpus.SecondSpelling);
        Assert.Equal(LinkDecision.Linked, alias.Decision);
        Assert.Equal(TestCorpus.FirstSpelling, alias.CanonicalId);
        Assert.Contains("نائب وزير الطاقه", alias.Evidence, StringComparison.Ordinal);
        var people = store.Entities("person", 50);
        var counted = Assert.Single(people, e => e.Id == TestCorpus.FirstSpelling);
        Assert.Equal(2, counted.Articles);
        Assert.Equal(2, counted.Ids);
        Assert.DoesNotContain(people, e => e.Id == TestCorpus.SecondSpelling);
        Assert.Contains(people, e => e.Id == TestCorpus.OtherGivenName && e.Articles == 1);
        var profile = store.Entity(TestCorpus.SecondSpelling, 10)!;
        Assert.Equal(TestCorpus.FirstSpelling, profile.Entity.Id);
        Assert.Equal([TestCorpus.FirstSpelling, TestCorpus.SecondSpelling], profile.Aliases.Select(a => a.Id).ToHashSet());
        var role = Assert.Single(profile.Roles);
        Assert.Equal(new RoleSeen("نائب وزير الطاقة الكازاخستاني", 2, "2024-01-10", "2024-02-11"), role);

        store.SplitEntity(TestCorpus.FirstSpelling, TestCorpus.SecondSpelling);
        store.MergeEntities(TestCorpus.FirstSpelling, TestCorpus.OtherGivenName);
        var corrected = Identity(store);
        Ingestion.Ingest(store, file);
        Assert.Equal(corrected, Identity(store));
        Reanalyze(store);
        Assert.Equal(corrected, Identity(store));

        people = store.Entities("person", 50);
        Assert.Contains(people, e => e.Id == TestCorpus.SecondSpelling && e.Articles == 1);
        Assert.Contains(people, e => e.Id == TestCorpus.FirstSpelling && e.Articles == 2 && e.Ids == 2);
        Assert.Equal(LinkDecision.Split, Assert.Single(store.IdentityRows(), r => r.Id == TestCorpus.SecondSpelling).Decision);
        Assert.Equal(LinkDecision.Merged, Assert.Single(store.IdentityRows(), r => r.Id == TestCorpus.OtherGivenName).Decision);
    }

    /// <summary>
    /// A batch counts its own articles in memory (how many there are, which entities each names)
    /// rather than asking the store at every article, and carries the counts to the next batch
    /// while nobody else wrote in between; the decisions must be those of one article per batch,
    /// links on co-mentioned entities among them (200 real articles hold three), also when
    /// another writer's articles come between two batches.
    /// </summary>
    [BackendFact]
    public void IdentityDecisionsAreTheSameWhateverTheBatchSizeAndWhoeverWroteBetween()
    {
        using var folder = new TemporaryFolder();
        var sample = TestCorpus.WriteBulkSample(folder.Path, 200);
        var oneByOne = Open(out _);
        Ingestion.Ingest(oneByOne, batchSize: 1, sample);
        var expected = Decisions(oneByOne);
        foreach (var size in new[] { 16, 256 })
        {
            var batched = Open(out _);
            Ingestion.Ingest(batched, batchSize: size, sample);
            Assert.Equal(expected, Decisions(batched));
        }
        var lines = File.ReadAllLines(sample);
        var parts = new[] { lines[..80], lines[80..140], lines[140..] }.Select((part, i) =>
        {
            var path = Path.Combine(folder.Path, $"part-{i}.jsonl");
            File.WriteAllLines(path, part);
            return path;
        }).ToList();
        var first = Open(out var target);
        using var second = target.Open();
        Ingestion.Ingest(first, batchSize: 16, parts[0]);
        Ingestion.Ingest(second, batchSize: 16, parts[1]);
        Ingestion.Ingest(first, batchSize: 16, parts[2]);
        Assert.Equal(expected, Decisions(first));
        Assert.Contains(first.IdentityRows(), r => r.Decision == LinkDecision.Linked && r.Evidence?.Contains("co-mentioned", StringComparison.Ordinal) == true);
    }

    private static List<string> Decisions(IArticleStore store) => store.IdentityRows()
        .Select(r => $"{r.Id} {r.CanonicalId} {r.Decision} {r.Similarity} {r.Evidence}").Order(StringComparer.Ordinal).ToList();

    [BackendFact]
    public void IngestSaysWhereTheWriterSpentItsTime()
    {
        var store = Open(out _);
        var summary = Ingestion.Ingest(store, _corpus.Path);

        var timings = store.WriteTimings;
        // Batches of four, and sooner when the analysis is slow (IngestOptions.MaxBatchDelay).
        Assert.InRange(timings.Batches, (int)Math.Ceiling(TestCorpus.StandardCount / 4.0), TestCorpus.StandardCount);
        Assert.True(timings.Rows > TimeSpan.Zero && timings.Identity > TimeSpan.Zero && timings.Commit > TimeSpan.Zero);
        Assert.Equal(timings.Rows + timings.Identity + timings.Commit + timings.SearchIndex, timings.Total);
        Assert.InRange(summary.Writing, timings.Total, summary.Elapsed);
        Assert.InRange(summary.WaitingForAnalysis, TimeSpan.Zero, summary.Elapsed - summary.Writing);
    }

    [BackendFact]
    public void ReanalyzeBringsOldRecordsUpToDate()
    {
        var store = Ingested();
        var fresh = (Counts: store.Counts(), Export: ExportLines(store));

        var done = Reanalyze(store);

        Assert.Equal(TestCorpus.StandardCount, done);
        Assert.Empty(store.OutdatedArticles(AnalysisPipeline.Version, 0, 1_000));
        Assert.Equal(fresh.Counts, store.Counts());
        Assert.Equal(fresh.Export, ExportLines(store));
        Assert.Contains(Search(store, "جباروف").Hits, h => h.Title == TestCorpus.JaparovTitle);
    }

    [BackendFact]
    public void KilledIngestResumesToTheSameStore()
    {
        using var folder = new TemporaryFolder();
        const int Articles = 600;
        TestCorpus.WriteRecombined(folder.Path, Articles);
        var crashed = NewTarget();
        string[] arguments = ["ingest", folder.Path, "--db", crashed.Db, "--quiet", "--batch-size", "8"];

        using (var child = CliProcess.Start(arguments))
        {
            using var probe = crashed.Open();
            var clock = Stopwatch.StartNew();
            while (Stored(probe) < 24 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(90))
            {
                Thread.Sleep(25);
            }
            if (child.HasExited)
            {
                Assert.Fail($"the ingest ended before it could be killed (exit {child.ExitCode}): {child.StandardError.ReadToEnd()}");
            }
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            Assert.InRange(Stored(probe), 24, Articles - 1);
        }
        var (exitCode, error) = CliProcess.Run(arguments);
        Assert.True(exitCode == 0, error);

        using var resumed = crashed.Open();
        var clean = Open(out _);
        Ingestion.Ingest(clean, folder.Path);
        Assert.Equal(Articles, Stored(clean));
        Assert.Equal(clean.Counts(), resumed.Counts());
        Assert.Equal(ExportLines(clean), ExportLines(resumed));
        Assert.Equal(CsvExport(clean), CsvExport(resumed));
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }
        foreach (var target in _targets)
        {
            target.Dispose();
        }
        _corpus.Dispose();
        GC.SuppressFinalize(this);
    }

    private StoreTarget NewTarget()
    {
        var target = CreateTarget();
        _targets.Add(target);
        return target;
    }

    private IArticleStore Open(out StoreTarget target)
    {
        target = NewTarget();
        var store = target.Open();
        _stores.Add(store);
        return store;
    }

    /// <summary>Makes every stored record outdated and empty of facts, then reanalyzes the store as <c>rasd reanalyze</c> does.</summary>
    private static long Reanalyze(IArticleStore store)
    {
        var count = store.Counts().Articles + store.Counts().NearDuplicates;
        var stale = store.OutdatedArticles("no such version", 0, 1_000)
            .Select(stored =>
            {
                var record = RecordJson.Deserialize(store.ExportArticles().Single(a => a.Id == IngestService.IdOf(stored.Input.Text)).RecordJson)!;
                return ArticlePreparer.FromRecord(record with { PipelineVersion = "0", Entities = [], Quotes = [], Amounts = [] }, stored.Input.Metadata, stored.SuppliedPublished);
            })
            .ToList();
        store.ReplaceAnalyses(stale);
        Assert.Equal(0, store.Counts().Mentions);
        Assert.Equal(count, store.OutdatedArticles(AnalysisPipeline.Version, 0, 1_000).Count);
        return new ReanalysisService(store, DefaultPipeline.Create(KnowledgeBase.Default), new IngestOptions { BatchSize = 3 }).Run();
    }

    private static List<string> Identity(IArticleStore store) =>
        store.IdentityRows().Select(r => $"{r.Id} {r.CanonicalId} {r.Decision}").Order(StringComparer.Ordinal).ToList();

    private IArticleStore Ingested()
    {
        var store = Open(out _);
        Ingestion.Ingest(store, _corpus.Path);
        return store;
    }

    private static SearchResults Search(IArticleStore store, string query) => new SearchService(store, KnowledgeBase.Default).Search(query, limit: 50);

    private static List<string?> Titles(IArticleStore store, string query) => Search(store, query).Hits.Select(h => h.Title).ToList();

    private static long Stored(IArticleStore store)
    {
        var counts = store.Counts();
        return counts.Articles + counts.NearDuplicates;
    }

    private static string ExportLines(IArticleStore store)
    {
        var output = new StringWriter();
        ArticleExport.WriteJsonLines(store, output, includeDuplicates: true);
        return output.ToString();
    }

    private static string CsvExport(IArticleStore store)
    {
        var output = new StringWriter();
        ArticleExport.WriteCsv(store, output, includeDuplicates: true);
        return output.ToString();
    }
}
