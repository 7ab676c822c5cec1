namespace Rasd.Store.Ingest;

/// <summary>
/// The outcome of an ingest run. <see cref="Added"/> counts new articles, near-duplicates included;
/// <see cref="AlreadyStored"/> those whose text was stored before (or earlier in the same run).
/// </summary>
public sealed record IngestSummary(
    long Read,
    long Added,
    long AlreadyStored,
    long NearDuplicates,
    long Refused,
    IReadOnlyList<string> Problems,
    TimeSpan Elapsed,
    bool Cancelled)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
