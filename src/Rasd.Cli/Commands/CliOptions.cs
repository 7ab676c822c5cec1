using System.CommandLine;
using Rasd.Text;

namespace Rasd.Cli.Commands;

/// <summary>The options every command that reads articles shares, with the same names, defaults and meaning.</summary>
internal static class CliOptions
{
    /// <summary>The time an article may take before its analysis is stopped and reported; long enough that only pathological inputs reach it.</summary>
    public const double DefaultTimeBudgetSeconds = 10;

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "refuse an article (a file, or one record of a JSON Lines or TREC file) larger than this many bytes",
        DefaultValueFactory = _ => TextDecoder.DefaultMaxBytes,
    };

    public static Option<double> TimeBudget() => new("--time-budget")
    {
        Description = "seconds an article's analysis may take before it is stopped and reported (0: no limit)",
        DefaultValueFactory = _ => DefaultTimeBudgetSeconds,
    };

    public static TimeSpan? Budget(double seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
}
