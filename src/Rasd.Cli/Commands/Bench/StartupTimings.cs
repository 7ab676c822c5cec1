using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Stages;

namespace Rasd.Cli.Commands.Bench;

/// <summary>
/// Where start-up goes: the pipeline over the default data folder built as every command builds it,
/// in a fresh process (the knowledge base and the tagger's model loaded side by side); then each
/// part again alone, warm: the knowledge base (every data file read, parsed and indexed), the name
/// statistics and the gazetteer inside it, and the tagger's model; then, for each data file,
/// reading and parsing it alone, to show which files weigh.
/// </summary>
internal sealed record StartupTimings(TimeSpan Loaded, TimeSpan Knowledge, TimeSpan WordNames, TimeSpan Gazetteer, TimeSpan Model, IReadOnlyList<(string File, long Bytes, TimeSpan Took)> Files)
{
    public static (StartupTimings Timings, KnowledgeBase Knowledge, AnalysisPipeline Pipeline) Measure()
    {
        var watch = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.CreateDefault();
        var loaded = watch.Elapsed;
        var knowledge = KnowledgeBase.Default;
        var knowledgeAlone = Time(() => KnowledgeBase.Load(knowledge.Directory));
        var wordNames = Time(() => WordNameStatistics.Load(knowledge.Directory));
        var gazetteer = Time(() => new Gazetteer(knowledge.Directory));
        var model = Time(() => Rasd.Stages.Entities.Tagging.NerModel.Load(Path.Combine(knowledge.Directory, Rasd.Stages.Entities.Tagging.NameTaggerModel.RelativePath)));
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
        return (new StartupTimings(loaded, knowledgeAlone, wordNames, gazetteer, model, files), knowledge, pipeline);
    }

    private static TimeSpan Time(Func<object> load)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(load());
        return watch.Elapsed;
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
