using System.Diagnostics;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd serve</c> started as a child process of this command, on a loopback address, and stopped
/// with it: what <c>rasd bench-web</c> loads when no running server is named.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    /// <summary>Starts the server and waits until it answers; throws <see cref="InvalidOperationException"/> with its output when it stops or does not answer in time.</summary>
    public static async Task<ServerProcess> Start(string? db, string url, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Run as `dotnet Rasd.Cli.dll`, the host needs the assembly; run as an apphost, it needs nothing.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }
        foreach (var argument in (string[])["serve", "--urls", url])
        {
            start.ArgumentList.Add(argument);
        }
        if (db is not null)
        {
            start.ArgumentList.Add("--db");
            start.ArgumentList.Add(db);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("rasd serve did not start");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process);
        using var probe = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                server.Dispose();
                throw new InvalidOperationException($"rasd serve stopped (exit {process.ExitCode}): {string.Join(' ', output)}");
            }
            try
            {
                using var answer = await probe.GetAsync("/api/articles?limit=1", cancellation);
                if (answer.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
            }
            if (clock.Elapsed > StartLimit)
            {
                server.Dispose();
                throw new InvalidOperationException($"rasd serve did not answer on {url} within {StartLimit.TotalSeconds:0} s: {string.Join(' ', output)}");
            }
            await Task.Delay(200, cancellation);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the look and the kill.
        }
        _process.Dispose();
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > 20 && output.TryDequeue(out _))
        {
        }
    }
}
