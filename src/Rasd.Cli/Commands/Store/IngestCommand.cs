using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Rasd.Data;
using Rasd.Input;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Text;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd ingest PATH…</c>: analyzes articles from files, folders, standard input and RSS/Atom feeds
/// (files or URLs) on all cores and writes them to the store in batched transactions. Running it
/// again skips what is stored, so an interrupted run is finished by repeating it.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "files, folders (read recursively, sorted), feed files, http(s) feed URLs, or - for standard input", Arity = ArgumentArity.OneOrMore };
        var db = StoreCommandOptions.Database();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress bar and no summary; only problems, on standard error" };
        var published = new Option<string?>("--published") { Description = "publication date for every article (YYYY-MM-DD), overriding the text and feeds" };
        var batchSize = new Option<int>("--batch-size") { Description = "articles per transaction", DefaultValueFactory = _ => new IngestOptions().BatchSize };
        var threads = new Option<int>("--threads") { Description = "analysis threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxBytes = CliOptions.MaxBytes();
        var budget = CliOptions.TimeBudget();
        var command = new Command("ingest", "analyze articles and store them (idempotent; near-duplicates are linked to their original)")
        {
            paths, db, quiet, published, batchSize, threads, maxBytes, budget,
        };
        command.SetAction(result => Run(
            result.GetValue(paths)!,
            result.GetValue(db),
            result.GetValue(quiet),
            result.GetValue(published),
            new IngestOptions { BatchSize = result.GetValue(batchSize), Parallelism = result.GetValue(threads), TimeBudget = CliOptions.Budget(result.GetValue(budget)) },
            result.GetValue(maxBytes),
            Console.Out,
            null));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? db, bool quiet, string? published, IngestOptions options, long maxBytes, TextWriter output, Stream? input)
    {
        string? suppliedPublished = null;
        if (published is not null && (suppliedPublished = DateMetadata.ToIsoDay(published)) is null)
        {
            CliOutput.Error($"--published {published}: not a date (use YYYY-MM-DD)");
            return 2;
        }
        if (!StoreCommandOptions.Positive("--batch-size", options.BatchSize) || !StoreCommandOptions.Positive("--threads", options.Parallelism))
        {
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The first Ctrl+C commits what is analyzed and stops; a second one kills the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var service = new IngestService(store, DefaultPipeline.CreateDefault(), options);
            var items = new ArticleSources(maxBytes, input).Read(paths, suppliedPublished);
            var summary = quiet
                ? service.Run(items, null, cancellation.Token)
                : WithProgress(service, items, CountSources(paths), cancellation.Token);
            foreach (var problem in summary.Problems)
            {
                CliOutput.Error(problem);
            }
            if (!quiet)
            {
                var counts = store.Counts();
                output.WriteLine(
                    $"{summary.Added:N0} new articles ({summary.NearDuplicates:N0} linked as near-duplicates), {summary.AlreadyStored:N0} already stored, {summary.Refused:N0} refused; "
                    + $"{summary.ArticlesPerSecond:N1} articles/s. The store holds {counts.Articles:N0} articles and {counts.NearDuplicates:N0} near-duplicates.");
                output.WriteLine(WriterLine(summary, store.WriteTimings));
            }
            return summary.Cancelled ? 130 : summary.Refused > 0 ? 1 : 0;
        }
        catch (DbException e)
        {
            CliOutput.Error($"the store refused a write: {e.Message}");
            return 2;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Where the writing thread's time went, so that a slow ingest says whether the writer or the analysis holds it back.</summary>
    internal static string WriterLine(IngestSummary summary, WriteTimings timings)
    {
        var elapsed = summary.Elapsed.TotalSeconds;
        var busy = elapsed > 0 ? summary.Writing.TotalSeconds / elapsed : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"Writer: busy {busy:P0} of the time in {timings.Batches:N0} batches (rows {timings.Rows.TotalSeconds:N1} s, identity {timings.Identity.TotalSeconds:N1} s, "
            + $"commit {timings.Commit.TotalSeconds:N1} s, search index {timings.SearchIndex.TotalSeconds:N1} s); waited {summary.WaitingForAnalysis.TotalSeconds:N1} s for analysis.");
    }

    /// <summary>The progress bar goes to standard error, so that standard output stays clean for the summary.</summary>
    private static IngestSummary WithProgress(IngestService service, IEnumerable<IngestItem> items, int sources, CancellationToken cancellation)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new ArticleRateColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, sources));
                ArticleRateColumn.Report(task, new IngestProgress(0, 0, 0, 0, 0, 0, TimeSpan.Zero));
                var summary = service.Run(items, progress =>
                {
                    ArticleRateColumn.Report(task, progress);
                    task.Value = Math.Min(task.MaxValue, progress.SourcesDone);
                }, cancellation);
                task.Value = task.MaxValue;
                return summary;
            });
    }

    private static int CountSources(IReadOnlyList<string> paths) =>
        paths.Sum(p => ArticleSources.IsUrl(p) ? 1 : ArticleReader.ExpandPaths([p]).Count());
}
