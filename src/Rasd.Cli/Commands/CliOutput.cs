namespace Rasd.Cli.Commands;

/// <summary>How the command line reports problems: one line on standard error, prefixed with the program name.</summary>
internal static class CliOutput
{
    public static void Error(string message) => Console.Error.WriteLine($"rasd: {message}");
}
