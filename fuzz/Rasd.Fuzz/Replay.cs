using Rasd.Fuzz.Targets;

namespace Rasd.Fuzz;

/// <summary>Runs a target over saved inputs (a campaign's crashes, the seed corpus) and reports each failure with its stack trace.</summary>
public static class Replay
{
    public static int Run(IFuzzTarget target, IEnumerable<string> paths, TextWriter output)
    {
        var inputs = 0;
        var failures = 0;
        foreach (var file in paths.SelectMany(Files))
        {
            if (Path.GetFileName(file).StartsWith('.') || Path.GetFileName(file) == "README.txt")
            {
                continue;
            }
            inputs++;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures++;
                output.WriteLine($"FAIL {file} ({target.Name}): {e.GetType().Name}: {e.Message}");
                output.WriteLine(e.StackTrace);
                continue;
            }
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            output.WriteLine($"ok   {file} ({elapsed.TotalMilliseconds:F0} ms)");
        }
        output.WriteLine($"{target.Name}: {inputs} inputs, {failures} failures");
        return failures > 0 ? 1 : 0;
    }

    private static IEnumerable<string> Files(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [path];

    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
