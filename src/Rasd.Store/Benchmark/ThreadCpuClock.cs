using System.Runtime.InteropServices;

namespace Rasd.Store.Benchmark;

/// <summary>
/// The CPU time the calling thread has used, from Linux's <c>CLOCK_THREAD_CPUTIME_ID</c>: what a query
/// costs in the process itself, apart from time spent waiting for a busy machine's cores (or for a
/// database server, whose work it does not count). .NET has no managed per-thread CPU clock; null
/// where the call is not available.
/// </summary>
public static class ThreadCpuClock
{
    private const int ThreadCpuTime = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU time of the calling thread, or null.</summary>
    public static double? Now() => IsAvailable && TryRead(out var milliseconds) ? milliseconds : null;

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (clock_gettime(ThreadCpuTime, out var time) != 0)
            {
                return false;
            }
            milliseconds = (time.Seconds * 1_000.0) + (time.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
