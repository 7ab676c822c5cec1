namespace Rasd.Store.Ingest;

/// <summary>How an ingest run batches and parallelizes.</summary>
public sealed record IngestOptions
{
    /// <summary>
    /// Articles per transaction: large enough to amortize the commit, small enough that a crash
    /// loses little work. A batch's rows land on pages all over the tables and their entity indexes,
    /// and pages shared by more articles are written once: on 20,000 articles a commit of 1,024 cost
    /// 2.3 times one of 256.
    /// </summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>A batch is committed after this long even if not full, so that a slow source still makes progress visible.</summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Analysis threads; the pipeline is CPU-bound and shares nothing mutable, so one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How long one article's analysis may take before it is stopped and refused; null for no limit.</summary>
    public TimeSpan? TimeBudget { get; init; } = TimeSpan.FromSeconds(10);
}
