namespace Rasd.Store.Abstractions;

/// <summary>A stored article as exports see it: its record JSON and, for a near-duplicate, its original.</summary>
public sealed record ExportedArticle(
    string Id,
    long Sequence,
    string File,
    string? Title,
    string? Published,
    string? Publisher,
    string PipelineVersion,
    string? DuplicateOf,
    string RecordJson);
