using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Stages.Amounts;
using Rasd.Stages.Clean;
using Rasd.Stages.Dates;
using Rasd.Stages.Entities;
using Rasd.Stages.Entities.Tagging;
using Rasd.Stages.Normalize;
using Rasd.Stages.Quotes;
using Rasd.Stages.Relations;
using Rasd.Stages.Segmentation;
using Rasd.Stages.Sources;

namespace Rasd.Stages;

/// <summary>
/// The standard order of stages. Normalization runs first so that every later stage, cleaning and
/// segmentation included, matches on the same folded view and maps back through the same offsets.
/// </summary>
public static class DefaultPipeline
{
    /// <summary>
    /// The pipeline over the default data folder, its tagger's model read while the knowledge base
    /// loads: the two are the bulk of start-up and need nothing of each other.
    /// </summary>
    public static AnalysisPipeline CreateDefault()
    {
        var model = Task.Run(() => NameTaggerModel.Load(DataDirectory.Locate()));
        var knowledge = KnowledgeBase.Default;
        return Create(knowledge, model.GetAwaiter().GetResult());
    }

    public static AnalysisPipeline Create(KnowledgeBase knowledge) => Create(knowledge, NameTaggerModel.Load(knowledge.Directory));

    private static AnalysisPipeline Create(KnowledgeBase knowledge, NerModel? model) => new PipelineBuilder()
        .Add(new NormalizeStage())
        .Add(new CleanStage(knowledge))
        .Add(new SegmentStage(knowledge))
        .Add(new PublicationDateStage(knowledge))
        .Add(new SourceStage(knowledge))
        .Add(new TimeExpressionStage(knowledge))
        .Add(new EntityStage(knowledge, model))
        .Add(new QuoteStage(knowledge))
        .Add(new AmountStage(knowledge))
        .Add(new RelationStage(knowledge))
        .Build();
}
