using System.Globalization;
using System.Text;
using Rasd.Input;

namespace Rasd.Sweep;

public enum SweepProblemKind
{
    /// <summary>The input could not be read (bad file, malformed record, over the byte limit).</summary>
    Refused,

    /// <summary>A stage threw: a defect, which a sweep over real text must never show.</summary>
    Error,

    /// <summary>The article ran past its time budget.</summary>
    TimedOut,
}

public sealed record SweepProblem(SweepProblemKind Kind, InputProblem Problem);

public sealed record SlowArticle(string File, int Characters, double Milliseconds);

public sealed record SweepProgress(long Articles, long Failures, long Refused, TimeSpan Elapsed);

/// <summary>What a sweep found: counts, every problem, the slowest articles, the time taken and the process's peak memory.</summary>
public sealed record SweepReport(
    long Articles,
    long Characters,
    long Errors,
    long TimedOut,
    long Refused,
    IReadOnlyList<SweepProblem> Problems,
    IReadOnlyList<SlowArticle> Slowest,
    TimeSpan Elapsed,
    long PeakWorkingSetBytes)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;

    public string ToText()
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(string.Create(invariant, $"articles: {Articles:N0} ({Characters:N0} characters) in {Elapsed.TotalSeconds:F1} s, {ArticlesPerSecond:F1} articles/s"));
        text.AppendLine(string.Create(invariant, $"errors: {Errors:N0}, timed out: {TimedOut:N0}, refused input: {Refused:N0}"));
        text.AppendLine(string.Create(invariant, $"peak working set: {PeakWorkingSetBytes / (1024.0 * 1024):F0} MiB"));
        if (Slowest.Count > 0)
        {
            text.AppendLine("slowest articles:");
            foreach (var slow in Slowest)
            {
                text.AppendLine(string.Create(invariant, $"  {slow.Milliseconds,9:F1} ms  {slow.Characters,9:N0} characters  {slow.File}"));
            }
        }
        return text.ToString();
    }
}
