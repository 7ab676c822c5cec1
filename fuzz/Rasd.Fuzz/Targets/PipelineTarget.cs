using Rasd.Data;
using Rasd.Fuzz.Checks;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Stages;

namespace Rasd.Fuzz.Targets;

/// <summary>
/// The whole way of <c>rasd analyze -</c>: bytes read as standard input (gzip, TREC, JSON Lines,
/// HTML or plain text, as the reader recognizes them), every article analyzed by the default
/// pipeline and built into its record. A stage may not throw, and the document, its normalized
/// view and its record must keep the contract.
/// </summary>
public sealed class PipelineTarget : IFuzzTarget
{
    public const int MaxArticleBytes = 64 * 1024;
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => DefaultPipeline.Create(KnowledgeBase.Default));

    public string Name => "pipeline";

    public string Description => "ArticleReader, every stage of the default pipeline, RecordBuilder, the record's JSON and Markdown";

    public void Run(byte[] input)
    {
        var reader = new ArticleReader(MaxArticleBytes);
        foreach (var item in reader.Read(ArticleReader.StandardInput, new MemoryStream(input)))
        {
            InputItemCheck.Verify(item, "stdin");
            if (item.Article is not { } article)
            {
                continue;
            }
            // Analyze, not AnalyzeIsolated: a failing stage must escape with its stack trace.
            var document = Pipeline.Value.Analyze(article);
            NormalizedViewCheck.Verify(document.Normalized);
            RecordCheck.Verify(document, RecordBuilder.Build(document));
        }
    }
}
