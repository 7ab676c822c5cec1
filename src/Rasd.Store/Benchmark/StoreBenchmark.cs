using System.Diagnostics;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Store.Search;

namespace Rasd.Store.Benchmark;

/// <summary>
/// Measures a store: ingest rate over a <see cref="BenchCorpus"/>, then the latency of a fixed
/// query set (words, stems, phrases, spelling variants, exclusions and every filter), each query
/// run several times after one warm-up run.
/// </summary>
public static class StoreBenchmark
{
    public static IReadOnlyList<string> Queries { get; } =
    [
        "روسيا",
        "العلاقات الروسية",
        "كازاخستان",
        "جباروف",
        "\"بحر قزوين\"",
        "الاقتصاد -النفط",
        "country:KZ",
        "pair:KZ-RU",
        "التعاون from:2020-01-01 to:2021-12-31",
        "الرئيس country:RU",
        "الأمن source:agency:tass",
        "منظمة شنغهاي للتعاون",
    ];

    public static BenchmarkResult Run(IArticleStore store, AnalysisPipeline pipeline, KnowledgeBase knowledge, IEnumerable<IngestItem> corpus, int repetitions, IngestOptions? options = null, Action<IngestProgress>? progress = null)
    {
        var ingest = new IngestService(store, pipeline, options).Run(corpus, progress);
        var (latencies, p50, p95) = MeasureSearch(store, knowledge, repetitions);
        return new BenchmarkResult(store.Backend, ingest, store.Counts(), latencies, p50, p95);
    }

    /// <summary>Runs every query once to warm up, then <paramref name="repetitions"/> timed times; percentiles over all timed runs.</summary>
    public static (IReadOnlyList<QueryLatency> Queries, double P50, double P95) MeasureSearch(IArticleStore store, KnowledgeBase knowledge, int repetitions)
    {
        var search = new SearchService(store, knowledge);
        var latencies = new List<QueryLatency>();
        var allTimes = new List<double>();
        foreach (var query in Queries)
        {
            var results = search.Search(query);
            var times = new List<double>();
            for (var i = 0; i < repetitions; i++)
            {
                var clock = Stopwatch.StartNew();
                search.Search(query);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            allTimes.AddRange(times);
            latencies.Add(new QueryLatency(query, results.Total, Percentile(times, 0.5), Percentile(times, 0.95)));
        }
        return (latencies, Percentile(allTimes, 0.5), Percentile(allTimes, 0.95));
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count) - 1;
        return Math.Round(sorted[Math.Clamp(rank, 0, sorted.Count - 1)], 2);
    }
}

/// <summary>Latency of one benchmark query in milliseconds.</summary>
public sealed record QueryLatency(string Query, long Hits, double P50, double P95);

/// <summary>What a benchmark run measured.</summary>
public sealed record BenchmarkResult(string Backend, IngestSummary Ingest, StoreCounts Counts, IReadOnlyList<QueryLatency> Queries, double P50, double P95);
