namespace Rasd.Pipeline;

/// <summary>Composes stages into a pipeline, in the order they are added.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        if (_stages.Any(s => s.Name == stage.Name))
        {
            throw new InvalidOperationException($"a stage named {stage.Name} is already in the pipeline");
        }
        _stages.Add(stage);
        return this;
    }

    public AnalysisPipeline Build() => new([.. _stages]);
}
