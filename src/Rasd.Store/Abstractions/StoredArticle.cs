namespace Rasd.Store.Abstractions;

/// <summary>
/// One stored article as a reader sees it: its text, its analysis record (JSON), and the articles
/// it is a near-duplicate of or that are near-duplicates of it.
/// </summary>
public sealed record StoredArticle(
    string Id,
    long Sequence,
    string File,
    string? Title,
    string? Published,
    string? Publisher,
    string PipelineVersion,
    string? DuplicateOf,
    double? DuplicateSimilarity,
    string Text,
    string RecordJson,
    IReadOnlyList<NearDuplicate> NearDuplicates);

/// <summary>An article linked to another as its near-duplicate or its original, with the estimated similarity.</summary>
public sealed record NearDuplicate(string Id, string? Title, string? Published, double? Similarity, bool IsOriginal);
