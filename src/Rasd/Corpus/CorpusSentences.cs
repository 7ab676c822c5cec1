using Rasd.Data;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Stages.Clean;
using Rasd.Stages.Entities;
using Rasd.Stages.Normalize;
using Rasd.Stages.Segmentation;

namespace Rasd.Corpus;

/// <summary>
/// The sentences of real articles as the name tagger reads them: each article normalized, cleaned
/// and segmented by the pipeline's own stages, each sentence its folded tokens. Articles are
/// segmented on all cores and come out in the order they went in.
/// </summary>
public sealed class CorpusSentences(KnowledgeBase knowledge)
{
    private readonly AnalysisPipeline _segmentation = new PipelineBuilder()
        .Add(new NormalizeStage())
        .Add(new CleanStage(knowledge))
        .Add(new SegmentStage(knowledge))
        .Build();

    /// <summary>The sentences of one article.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Of(ArticleInput article) =>
        SentenceTokens.Of(_segmentation.Analyze(article)).Words;

    /// <summary>The sentences of each article, in article order.</summary>
    public IEnumerable<IReadOnlyList<IReadOnlyList<string>>> Read(IEnumerable<ArticleInput> articles) =>
        articles.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.AutoBuffered).Select(Of);
}
