namespace Rasd.Store.Ingest;

/// <summary>Counters of an ingest run so far.</summary>
public sealed record IngestProgress(
    long Read,
    long Added,
    long AlreadyStored,
    long NearDuplicates,
    long Refused,
    int SourcesDone,
    TimeSpan Elapsed)
{
    /// <summary>Articles read (analyzed or skipped) per second.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
