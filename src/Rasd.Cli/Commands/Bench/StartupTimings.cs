using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Stages;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// Where start-up goes: loading the knowledge base (every data file read, parsed and indexed), then
/// building the pipeline (the tagger's model), as a fresh process pays them; then, for each data
/// file, reading and parsing it alone, to show which files weigh.
/// </summary>
internal sealed record StartupTimings(TimeSpan Knowledge, TimeSpan Pipeline, IReadOnlyList<(string File, long Bytes, TimeSpan Took)> Files)
{
    public static (StartupTimings Timings, KnowledgeBase Knowledge, AnalysisPipeline Pipeline) Measure()
    {
        var watch = Stopwatch.StartNew();
        var knowledge = KnowledgeBase.Default;
        var knowledgeTook = watch.Elapsed;
        watch.Restart();
        var pipeline = DefaultPipeline.Create(knowledge);
        var pipelineTook = watch.Elapsed;
        var files = new List<(string, long, TimeSpan)>();
        foreach (var path in Directory.EnumerateFiles(knowledge.Directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            watch.Restart();
            var bytes = File.ReadAllBytes(path);
            Parse(path, bytes);
            files.Add((Path.GetRelativePath(knowledge.Directory, path), bytes.Length, watch.Elapsed));
        }
        return (new StartupTimings(knowledgeTook, pipelineTook, files), knowledge, pipeline);
    }

    private static void Parse(string path, byte[] bytes)
    {
        Stream content = new MemoryStream(bytes);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            content = new GZipStream(content, CompressionMode.Decompress);
            path = path[..^3];
        }
        using (content)
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                using var document = JsonDocument.Parse(content);
            }
            else
            {
                content.CopyTo(Stream.Null);
            }
        }
    }
}
