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

    /// <summary>
    /// Analyzes one article, telling <paramref name="stageTimer"/> how long each stage took. With a
    /// <paramref name="budget"/>, an article still running when it is spent stops with an
    /// <see cref="AnalysisTimeoutException"/>.
    /// </summary>
    public Document Analyze(ArticleInput input, string? suppliedPublished, Action<string, TimeSpan>? stageTimer, TimeSpan? budget = null)
    {
        var document = new Document(input) { SuppliedPublished = suppliedPublished };
        if (budget is { } limit && limit > TimeSpan.Zero && limit != Timeout.InfiniteTimeSpan)
        {
            document.Budget = limit;
            document.Deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        }
        foreach (var stage in Stages)
        {
            document.CurrentStage = stage.Name;
            var started = stageTimer is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            stage.Process(document);
            stageTimer?.Invoke(stage.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            document.ThrowIfPastDeadline();
        }
        document.CurrentStage = null;
        return document;
    }

    /// <summary>
    /// Analyzes one article in isolation: any failure of a stage, a time-out included, comes back
    /// as a problem naming the article and the reason, so that one bad article never stops the others.
    /// </summary>
    public AnalysisOutcome AnalyzeIsolated(ArticleInput input, string? suppliedPublished, TimeSpan? budget, Action<string, TimeSpan>? stageTimer = null)
    {
        try
        {
            return new AnalysisOutcome(Analyze(input, suppliedPublished, stageTimer, budget), null);
        }
        catch (AnalysisTimeoutException e)
        {
            return new AnalysisOutcome(null, new InputProblem(input.File, e.Message), TimedOut: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new AnalysisOutcome(null, new InputProblem(input.File, $"analysis failed ({e.GetType().Name}: {e.Message})"));
        }
    }
}
