namespace Rasd.Store.Ingest;

/// <summary>
/// The outcome of an ingest run. <see cref="Added"/> counts new articles, near-duplicates included;
/// <see cref="AlreadyStored"/> those whose text was stored before (or earlier in the same run).
/// <see cref="Writing"/> is the time the writing thread spent writing batches and
/// <see cref="WaitingForAnalysis"/> the time it waited for the next analyzed article: when the
/// writer seldom waits, the writer is what limits the rate, else the analysis.
/// </summary>
public sealed record IngestSummary(
    long Read,
    long Added,
    long AlreadyStored,
    long NearDuplicates,
    long Refused,
    IReadOnlyList<string> Problems,
    TimeSpan Elapsed,
    bool Cancelled,
    TimeSpan Writing,
    TimeSpan WaitingForAnalysis)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
