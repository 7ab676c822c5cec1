namespace Rasd.Store.Relational;

/// <summary>
/// Where the store stood: the last sequence number, the last search revision (every article
/// added or reanalyzed raises it) and the last analyst's correction. Two equal marks mean nothing
/// was written in between, by this process or another.
/// </summary>
internal readonly record struct StoreMark(long Sequence, long Revision, long Correction);
