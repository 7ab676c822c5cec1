using System.CommandLine;
using Rasd.Data;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Stages;
using Rasd.Text;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd analyze PATH…</c>: prints the analysis record of every article read from files, folders
/// or standard input. Articles are streamed (a corpus of any size is read record by record) and
/// analyzed on all cores, each in isolation; records are printed in input order. A file or record
/// that cannot be read or analyzed is reported on standard error and the others still come out.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files, folders (read recursively, sorted) or - for standard input; JSON Lines, TREC and .gz files are streamed", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "json (default for one article), jsonl (default for several) or md" };
        format.AcceptOnlyFromAmong("json", "jsonl", "md");
        var published = new Option<string?>("--published") { Description = "publication date to use for every article (YYYY-MM-DD), overriding what the text says" };
        var maxBytes = CliOptions.MaxBytes();
        var budget = CliOptions.TimeBudget();
        var command = new Command("analyze", "analyze articles and print their analysis records") { paths, format, published, maxBytes, budget };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format), result.GetValue(published), result.GetValue(maxBytes),
            CliOptions.Budget(result.GetValue(budget)), Console.Out, null));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? format, string? published, long maxBytes, TimeSpan? budget, TextWriter output, Stream? input)
    {
        string? supplied = null;
        if (published is not null && (supplied = DateMetadata.ToIsoDay(published)) is null)
        {
            CliOutput.Error($"--published {published}: not a date (use YYYY-MM-DD)");
            return 2;
        }
        var pipeline = DefaultPipeline.CreateDefault();
        var reader = new ArticleReader(maxBytes);
        var failed = 0;
        var results = reader.ReadAll(paths, input)
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item => item.Article is null
                ? new AnalysisOutcome(null, item.Problem)
                : pipeline.AnalyzeIsolated(item.Article, supplied, budget));
        // Without --format, one article prints as indented JSON and several as JSON Lines: the first
        // record is held until a second one shows which.
        AnalysisRecord? held = null;
        var printed = 0;
        foreach (var outcome in results)
        {
            if (outcome.Document is null)
            {
                failed++;
                CliOutput.Error(outcome.Problem!.Message);
                continue;
            }
            var record = RecordBuilder.Build(outcome.Document);
            if (format is null && printed == 0 && held is null)
            {
                held = record;
                continue;
            }
            if (held is not null)
            {
                output.WriteLine(Render(held, format ?? "jsonl"));
                held = null;
                printed++;
            }
            output.WriteLine(Render(record, format ?? "jsonl"));
            printed++;
        }
        if (held is not null)
        {
            output.WriteLine(Render(held, "json"));
        }
        return failed > 0 ? 1 : 0;
    }

    private static string Render(AnalysisRecord record, string format) => format switch
    {
        "md" => MarkdownReport.Render(record),
        "jsonl" => RecordJson.Serialize(record, indented: false),
        _ => RecordJson.Serialize(record, indented: true),
    };
}
