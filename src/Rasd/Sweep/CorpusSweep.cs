using System.Diagnostics;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Sweep;

/// <summary>
/// Runs the whole pipeline over a corpus, every article in isolation and on all cores, and counts
/// what a robust pipeline must never produce: analysis errors and time-outs (refused input is
/// counted apart, since bad input is the reader's business, not a failure). Keeps the slowest
/// articles and the process's peak memory, so a sweep over real text shows where the limits are.
/// </summary>
public sealed class CorpusSweep(AnalysisPipeline pipeline, TimeSpan? budget, int keepSlowest = 10, int parallelism = 0)
{
    public SweepReport Run(IEnumerable<InputItem> items, Action<SweepProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var slowest = new PriorityQueue<SlowArticle, double>();
        var problems = new List<SweepProblem>();
        long articles = 0, characters = 0, refused = 0, errors = 0, timeouts = 0;
        var gate = new object();
        items
            .AsParallel()
            .WithDegreeOfParallelism(parallelism > 0 ? parallelism : Environment.ProcessorCount)
            .ForAll(item =>
            {
                if (item.Article is not { } article)
                {
                    lock (gate)
                    {
                        refused++;
                        problems.Add(new SweepProblem(SweepProblemKind.Refused, item.Problem!));
                    }
                    return;
                }
                var started = Stopwatch.GetTimestamp();
                var outcome = pipeline.AnalyzeIsolated(article, null, budget);
                if (outcome.Document is { } document)
                {
                    RecordBuilder.Build(document);
                }
                var took = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (gate)
                {
                    articles++;
                    characters += article.Text.Length;
                    if (outcome.Problem is { } problem)
                    {
                        if (outcome.TimedOut)
                        {
                            timeouts++;
                        }
                        else
                        {
                            errors++;
                        }
                        problems.Add(new SweepProblem(outcome.TimedOut ? SweepProblemKind.TimedOut : SweepProblemKind.Error, problem));
                    }
                    slowest.Enqueue(new SlowArticle(article.File, article.Text.Length, took), took);
                    if (slowest.Count > keepSlowest)
                    {
                        slowest.Dequeue();
                    }
                    if (progress is not null && articles % 500 == 0)
                    {
                        progress(new SweepProgress(articles, errors + timeouts, refused, clock.Elapsed));
                    }
                }
            });
        var kept = new List<SlowArticle>();
        while (slowest.TryDequeue(out var article, out _))
        {
            kept.Add(article);
        }
        kept.Reverse();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new SweepReport(articles, characters, errors, timeouts, refused, problems, kept, clock.Elapsed, process.PeakWorkingSet64);
    }
}
