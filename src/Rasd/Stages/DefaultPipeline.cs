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
    public static AnalysisPipeline Create(KnowledgeBase knowledge) => new PipelineBuilder()
        .Add(new NormalizeStage())
        .Add(new CleanStage(knowledge))
        .Add(new SegmentStage(knowledge))
        .Add(new PublicationDateStage(knowledge))
        .Add(new SourceStage(knowledge))
        .Add(new TimeExpressionStage(knowledge))
        .Add(new EntityStage(knowledge, NameTaggerModel.Load(knowledge.Directory)))
        .Add(new QuoteStage(knowledge))
        .Add(new AmountStage(knowledge))
        .Add(new RelationStage(knowledge))
        .Build();
}
