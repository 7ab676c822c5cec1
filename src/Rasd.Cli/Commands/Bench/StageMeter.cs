using Rasd.Store.Benchmark;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// What each stage costs on the analysing thread: wall time, the thread's processor time (which a
/// busy shared machine moves far less than wall time) and the bytes it allocated. Each reading is
/// taken from the one before it, so <see cref="Start"/> marks the start of every article and every
/// stage's report covers it from the previous stage's end.
/// </summary>
internal sealed class StageMeter
{
    private readonly Dictionary<string, StageCost> costs = new(StringComparer.Ordinal);
    private double lastProcessorMs;
    private long lastAllocated;

    public IReadOnlyDictionary<string, StageCost> Costs => costs;

    public void Start()
    {
        lastProcessorMs = ThreadCpuClock.Now() ?? 0;
        lastAllocated = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Adds what the stage <paramref name="name"/> took since the last reading.</summary>
    public void Stop(string name, TimeSpan wall)
    {
        var processorMs = ThreadCpuClock.Now() ?? 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cost = costs.GetValueOrDefault(name);
        costs[name] = new StageCost(cost.Wall + wall, cost.ProcessorMs + processorMs - lastProcessorMs, cost.AllocatedBytes + allocated - lastAllocated);
        lastProcessorMs = processorMs;
        lastAllocated = allocated;
    }

    internal readonly record struct StageCost(TimeSpan Wall, double ProcessorMs, long AllocatedBytes);
}
