using System.CommandLine;
using Rasd.Data;
using Rasd.Input;
using Rasd.Records;
using Rasd.Stages;
using Rasd.Text;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd analyze PATH…</c>: prints the analysis record of every article read from files, folders or standard input.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files, folders (read recursively, sorted) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "json (default for one file), jsonl (default for several) or md" };
        format.AcceptOnlyFromAmong("json", "jsonl", "md");
        var published = new Option<string?>("--published") { Description = "publication date to use for every article (YYYY-MM-DD), overriding what the text says" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "refuse files larger than this", DefaultValueFactory = _ => TextDecoder.DefaultMaxBytes };
        var command = new Command("analyze", "analyze articles and print their analysis records") { paths, format, published, maxBytes };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format), result.GetValue(published), result.GetValue(maxBytes), Console.Out, Console.In));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? format, string? published, long maxBytes, TextWriter output, TextReader input)
    {
        if (published is not null && DateMetadata.ToIsoDay(published) is null)
        {
            CliOutput.Error($"--published {published}: not a date (use YYYY-MM-DD)");
            return 2;
        }
        var files = ArticleReader.ExpandPaths(paths).ToList();
        format ??= files.Count == 1 ? "json" : "jsonl";
        var pipeline = DefaultPipeline.Create(KnowledgeBase.Default);
        var reader = new ArticleReader(maxBytes);
        var refused = 0;
        var results = files.AsParallel().AsOrdered().Select(file =>
        {
            try
            {
                var articles = reader.Read(file, file == ArticleReader.StandardInput ? input : null);
                return (Records: articles.Select(a => RecordBuilder.Build(pipeline.Analyze(a, published is null ? null : DateMetadata.ToIsoDay(published)))).ToList(), Error: (string?)null);
            }
            catch (InputRefusedException e)
            {
                return (Records: [], Error: e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return (Records: [], Error: $"{file}: analysis failed ({e.GetType().Name}: {e.Message})");
            }
        });
        foreach (var (records, error) in results)
        {
            if (error is not null)
            {
                refused++;
                CliOutput.Error(error);
                continue;
            }
            foreach (var record in records)
            {
                output.WriteLine(format switch
                {
                    "md" => MarkdownReport.Render(record),
                    "jsonl" => RecordJson.Serialize(record, indented: false),
                    _ => RecordJson.Serialize(record, indented: true),
                });
            }
        }
        return refused > 0 ? 1 : 0;
    }
}
