using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Store.Search;

namespace Rasd.Store.Ingest;

/// <summary>Analyzes an article and computes everything the store writes for it.</summary>
public sealed class ArticlePreparer(AnalysisPipeline pipeline)
{
    public PreparedArticle Prepare(ArticleInput input, string? suppliedPublished) =>
        FromRecord(RecordBuilder.Build(pipeline.Analyze(input, suppliedPublished)), input.Metadata, suppliedPublished);

    public static PreparedArticle FromRecord(AnalysisRecord record, ArticleMetadata metadata, string? suppliedPublished) => new(
        record,
        RecordJson.Serialize(record, indented: false),
        StoredInputJson.Serialize(metadata, suppliedPublished),
        MinHash.Compute(record.Text),
        SearchDocument.From(record),
        ArticleFacts.From(record));
}
