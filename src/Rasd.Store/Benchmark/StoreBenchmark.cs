using System.Diagnostics;
using Rasd.Data;
using Rasd.Store.Abstractions;
using Rasd.Store.Search;

namespace Rasd.Store.Benchmark;

/// <summary>
/// Times a query mix on a store: the whole mix once to warm caches, then the whole mix again
/// <c>repetitions</c> times, interleaved, so that a burst of load from elsewhere spreads over all
/// queries. A query's latency is the median of its timed runs (parse, plan, search, snippets);
/// the percentiles are over the queries of the mix.
/// </summary>
public static class StoreBenchmark
{
    public static SearchMeasurement Measure(IArticleStore store, KnowledgeBase knowledge, IReadOnlyList<MixQuery> mix, int repetitions, bool facets)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repetitions);
        var search = new SearchService(store, knowledge);
        var options = new SearchOptions { Facets = facets };
        var answers = mix.Select(q => search.Search(q.Text, options)).ToList();
        var times = mix.Select(_ => new List<double>(repetitions)).ToList();
        var cpu = mix.Select(_ => new List<double>(repetitions)).ToList();
        for (var run = 0; run < repetitions; run++)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                var cpuStart = ThreadCpuClock.Now();
                var clock = Stopwatch.StartNew();
                search.Search(mix[i].Text, options);
                times[i].Add(clock.Elapsed.TotalMilliseconds);
                if (ThreadCpuClock.Now() is { } cpuEnd && cpuStart is { } started)
                {
                    cpu[i].Add(cpuEnd - started);
                }
            }
        }
        var queries = mix.Select((q, i) => new QueryLatency(
            q.Kind, q.Text, answers[i].Total, answers[i].TotalIsExact, Math.Round(Percentile(times[i], 0.5), 3), cpu[i].Count == 0 ? null : Math.Round(Percentile(cpu[i], 0.5), 3))).ToList();
        return SearchMeasurement.Of(facets, repetitions, queries);
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
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}

/// <summary>
/// One query of the mix: how many articles match (<see cref="Exact"/> false for a lower bound), its
/// median latency and the median CPU time of the calling thread (null where it cannot be read), in
/// milliseconds. The CPU time leaves out waiting for a busy machine, and a database server's work.
/// </summary>
public sealed record QueryLatency(string Kind, string Query, long Matches, bool Exact, double Milliseconds, double? CpuMilliseconds);

/// <summary>Latency percentiles and match counts over a query mix, overall and per kind of query.</summary>
public sealed record SearchMeasurement(
    bool Facets,
    int Repetitions,
    LatencySummary Overall,
    IReadOnlyList<LatencySummary> ByKind,
    IReadOnlyList<QueryLatency> Queries)
{
    public static SearchMeasurement Of(bool facets, int repetitions, IReadOnlyList<QueryLatency> queries) => new(
        facets,
        repetitions,
        LatencySummary.Of("all", queries),
        queries.GroupBy(q => q.Kind).Select(g => LatencySummary.Of(g.Key, g.ToList())).ToList(),
        queries);
}

/// <summary>p50/p95/p99 latency (ms), the same of the calling thread's CPU time, and the median and largest number of matches of a set of queries.</summary>
public sealed record LatencySummary(
    string Kind, int Queries, double P50, double P95, double P99, double Max, double? CpuP50, double? CpuP95, double? CpuP99, long MedianMatches, long MaxMatches)
{
    public static LatencySummary Of(string kind, IReadOnlyList<QueryLatency> queries)
    {
        var times = queries.Select(q => q.Milliseconds).ToList();
        var cpu = queries.Where(q => q.CpuMilliseconds is not null).Select(q => q.CpuMilliseconds!.Value).ToList();
        var matches = queries.Select(q => (double)q.Matches).ToList();
        double? Cpu(double fraction) => cpu.Count == 0 ? null : Math.Round(StoreBenchmark.Percentile(cpu, fraction), 2);
        return new LatencySummary(
            kind,
            queries.Count,
            Math.Round(StoreBenchmark.Percentile(times, 0.50), 2),
            Math.Round(StoreBenchmark.Percentile(times, 0.95), 2),
            Math.Round(StoreBenchmark.Percentile(times, 0.99), 2),
            Math.Round(times.Count == 0 ? 0 : times.Max(), 2),
            Cpu(0.50),
            Cpu(0.95),
            Cpu(0.99),
            (long)StoreBenchmark.Percentile(matches, 0.5),
            queries.Count == 0 ? 0 : queries.Max(q => q.Matches));
    }
}
