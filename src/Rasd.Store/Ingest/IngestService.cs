using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Rasd.Pipeline;
using Rasd.Store.Abstractions;

namespace Rasd.Store.Ingest;

/// <summary>
/// Ingests articles: analysis runs on all cores (PLINQ, in input order), and the calling thread
/// alone writes, in batched transactions. Articles whose text is already stored are skipped before
/// analysis, so a run that was killed is finished by running it again; since results are written
/// in input order, the resumed store is the same as one ingested in a single run. A near-duplicate
/// of an earlier original is stored and linked to it, without facts of its own, so it is not counted twice.
/// </summary>
public sealed class IngestService(IArticleStore store, AnalysisPipeline pipeline, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();
    /// <summary>Analyzed articles that may wait for the writer: enough to keep the analysis busy through a commit, few enough that memory does not grow with the batch size.</summary>
    private const int MaxWaiting = 512;

    private readonly ArticlePreparer _preparer = new(pipeline, (options ?? new IngestOptions()).TimeBudget);

    public IngestSummary Run(IEnumerable<IngestItem> items, Action<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var state = store.LoadIngestState();
        var nearDuplicates = new NearDuplicateIndex();
        foreach (var (id, fingerprint) in state.Originals)
        {
            nearDuplicates.Add(id, fingerprint);
        }
        var counters = new Counters();
        var problems = new List<string>();
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<PreparedArticle>(_options.BatchSize);
        var lastCommit = clock.Elapsed;
        var cancelled = false;

        var writing = TimeSpan.Zero;
        var waiting = TimeSpan.Zero;

        void Commit()
        {
            if (batch.Count > 0)
            {
                var started = Stopwatch.GetTimestamp();
                counters.Added += store.WriteBatch(batch);
                writing += Stopwatch.GetElapsedTime(started);
                batch.Clear();
            }
            lastCommit = clock.Elapsed;
        }

        // Analysis threads hand results over through a bounded queue, so they keep working while
        // this thread commits; the queue is first in, first out, so the input order is kept.
        using var handOver = new BlockingCollection<AnalysisResult>(Math.Clamp(_options.BatchSize * 2, 16, MaxWaiting));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var analysis = Task.Run(() =>
        {
            try
            {
                foreach (var result in items
                    .AsParallel()
                    .AsOrdered()
                    .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
                    .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                    .WithCancellation(stop.Token)
                    .Select(item => Analyze(item, state.StoredIds)))
                {
                    handOver.Add(result, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Cancelled by the user or because the writer failed; the writer decides what to report.
            }
            finally
            {
                handOver.CompleteAdding();
            }
        }, CancellationToken.None);
        try
        {
            using var results = handOver.GetConsumingEnumerable(CancellationToken.None).GetEnumerator();
            while (Next(results, ref waiting) is { } result)
            {
                if (cancellation.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }
                counters.Read++;
                counters.SourcesDone = result.SourceIndex;
                if (result.Refusal is not null)
                {
                    counters.Refused++;
                    problems.Add(result.Refusal);
                }
                else if (result.Article is null || !seenThisRun.Add(result.Article.Id))
                {
                    counters.AlreadyStored++;
                }
                else
                {
                    var article = result.Article;
                    if (nearDuplicates.FindOriginal(article.Fingerprint) is { } original)
                    {
                        article = article with { DuplicateOf = original.Id, DuplicateSimilarity = original.Similarity };
                        counters.NearDuplicates++;
                    }
                    else
                    {
                        nearDuplicates.Add(article.Id, article.Fingerprint);
                    }
                    batch.Add(article);
                    if (batch.Count >= _options.BatchSize || clock.Elapsed - lastCommit >= _options.MaxBatchDelay)
                    {
                        Commit();
                    }
                }
                progress?.Invoke(counters.Snapshot(clock.Elapsed));
            }
            cancelled |= cancellation.IsCancellationRequested;
        }
        finally
        {
            stop.Cancel();
            analysis.Wait(CancellationToken.None);
        }
        Commit();
        store.CommitSearchIndex();
        if (counters.Added > 0)
        {
            store.RefreshStatistics();
        }
        progress?.Invoke(counters.Snapshot(clock.Elapsed));
        return new IngestSummary(counters.Read, counters.Added, counters.AlreadyStored, counters.NearDuplicates, counters.Refused, problems, clock.Elapsed, cancelled, writing, waiting);
    }

    /// <summary>The next analyzed article, or null at the end, adding the time waited for it.</summary>
    private static AnalysisResult? Next(IEnumerator<AnalysisResult> results, ref TimeSpan waited)
    {
        var started = Stopwatch.GetTimestamp();
        var more = results.MoveNext();
        waited += Stopwatch.GetElapsedTime(started);
        return more ? results.Current : null;
    }

    /// <summary>The id is the SHA-256 of the text, as the pipeline computes it, so a stored article is skipped before it is analyzed.</summary>
    public static string IdOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private AnalysisResult Analyze(IngestItem item, IReadOnlySet<string> storedIds)
    {
        if (item.Input is null)
        {
            return new AnalysisResult(null, item.Refusal ?? "unreadable source", item.SourceIndex);
        }
        if (storedIds.Contains(IdOf(item.Input.Text)))
        {
            return new AnalysisResult(null, null, item.SourceIndex);
        }
        var (article, problem) = _preparer.Prepare(item.Input, item.SuppliedPublished);
        return new AnalysisResult(article, problem?.Message, item.SourceIndex);
    }

    /// <summary>A prepared article, a refusal, or neither (already stored).</summary>
    private sealed record AnalysisResult(PreparedArticle? Article, string? Refusal, int SourceIndex);

    private sealed class Counters
    {
        public long Read { get; set; }

        public long Added { get; set; }

        public long AlreadyStored { get; set; }

        public long NearDuplicates { get; set; }

        public long Refused { get; set; }

        public int SourcesDone { get; set; }

        public IngestProgress Snapshot(TimeSpan elapsed) => new(Read, Added, AlreadyStored, NearDuplicates, Refused, SourcesDone, elapsed);
    }
}
