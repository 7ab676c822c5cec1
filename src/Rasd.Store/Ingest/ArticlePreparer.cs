using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Store.Search;

namespace Rasd.Store.Ingest;

/// <summary>
/// Analyzes an article, in isolation and within its time budget, and computes everything the
/// store writes for it; an article that fails comes back as its problem, never as an exception.
/// </summary>
public sealed class ArticlePreparer(AnalysisPipeline pipeline, TimeSpan? budget = null)
{
    public (PreparedArticle? Article, InputProblem? Problem) Prepare(ArticleInput input, string? suppliedPublished)
    {
        var outcome = pipeline.AnalyzeIsolated(input, suppliedPublished, budget);
        if (outcome.Document is null)
        {
            return (null, outcome.Problem);
        }
        try
        {
            return (FromRecord(RecordBuilder.Build(outcome.Document), input.Metadata, suppliedPublished), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, new InputProblem(input.File, $"its record could not be built ({e.GetType().Name}: {e.Message})"));
        }
    }

    public static PreparedArticle FromRecord(AnalysisRecord record, ArticleMetadata metadata, string? suppliedPublished) => new(
        record,
        RecordJson.Serialize(record, indented: false),
        StoredInputJson.Serialize(metadata, suppliedPublished),
        MinHash.Compute(record.Text),
        SearchDocument.From(record),
        ArticleFacts.From(record));
}
