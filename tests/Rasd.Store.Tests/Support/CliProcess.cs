using System.Diagnostics;

namespace Rasd.Store.Tests.Support;

/// <summary>Runs the built command line as a child process (<c>dotnet Rasd.Cli.dll …</c>), as a user would.</summary>
internal static class CliProcess
{
    public static Process Start(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestPaths.CliAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("RASD_DB");
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
    }

    public static (int ExitCode, string Error) Run(IEnumerable<string> arguments)
    {
        using var process = Start(arguments);
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }
        return (process.ExitCode, error.Result);
    }
}
