using Rasd.Records;
using Rasd.Store.Search;

namespace Rasd.Store.Ingest;

/// <summary>
/// An analyzed article ready to be written: everything computed on the analysis threads so that
/// the single writer only binds values. <see cref="DuplicateOf"/> is set by the writer, which
/// alone knows what came before.
/// </summary>
public sealed record PreparedArticle(
    AnalysisRecord Record,
    string RecordJson,
    string InputJson,
    uint[] Fingerprint,
    SearchDocument Index,
    ArticleFacts Facts)
{
    public string Id => Record.Id;

    public string? DuplicateOf { get; init; }

    /// <summary>The estimated Jaccard similarity to <see cref="DuplicateOf"/>.</summary>
    public double? DuplicateSimilarity { get; init; }
}
