using Rasd.Input;

namespace Rasd.Store.Ingest;

/// <summary>
/// One article read from a source, or the reason a source was refused. <see cref="SourceIndex"/>
/// counts the sources (files, feeds, standard input) read so far, for progress.
/// </summary>
public sealed record IngestItem(ArticleInput? Input, string? SuppliedPublished, string? Refusal, int SourceIndex)
{
    public static IngestItem Article(ArticleInput input, string? suppliedPublished, int sourceIndex) => new(input, suppliedPublished, null, sourceIndex);

    public static IngestItem Refused(string reason, int sourceIndex) => new(null, null, reason, sourceIndex);
}
