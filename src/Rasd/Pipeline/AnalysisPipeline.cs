using Rasd.Input;

namespace Rasd.Pipeline;

/// <summary>An ordered list of stages that every document flows through once.</summary>
public sealed class AnalysisPipeline
{
    /// <summary>Bumped whenever a stage changes what it produces, so stored records can be brought up to date.</summary>
    public const string Version = "1";

    internal AnalysisPipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    public IReadOnlyList<IPipelineStage> Stages { get; }

    public Document Analyze(ArticleInput input, string? suppliedPublished = null) => Analyze(input, suppliedPublished, null);

    /// <summary>Analyzes one article, telling <paramref name="stageTimer"/> how long each stage took.</summary>
    public Document Analyze(ArticleInput input, string? suppliedPublished, Action<string, TimeSpan>? stageTimer)
    {
        var document = new Document(input) { SuppliedPublished = suppliedPublished };
        foreach (var stage in Stages)
        {
            var started = stageTimer is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            stage.Process(document);
            stageTimer?.Invoke(stage.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        return document;
    }
}
