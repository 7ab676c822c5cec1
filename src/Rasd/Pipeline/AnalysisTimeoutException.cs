namespace Rasd.Pipeline;

/// <summary>An article whose analysis ran past its time budget; the caller reports it and goes on with the next.</summary>
public sealed class AnalysisTimeoutException(string file, string stage, TimeSpan budget)
    : Exception($"analysis stopped in the {stage} stage: over the time budget of {budget.TotalSeconds:0.###} s per article")
{
    public string File { get; } = file;

    public string Stage { get; } = stage;
}
