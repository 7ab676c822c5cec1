using System.CommandLine;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Stages;
using Rasd.Store.Ingest;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd reanalyze</c>: re-runs the pipeline over stored articles whose records an older pipeline version made.</summary>
internal static class ReanalyzeCommand
{
    public static Command Create()
    {
        var db = StoreCommandOptions.Database();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "print nothing but problems" };
        var batchSize = new Option<int>("--batch-size") { Description = "articles per transaction", DefaultValueFactory = _ => new IngestOptions().BatchSize };
        var command = new Command("reanalyze", $"bring stored records up to the current pipeline version ({AnalysisPipeline.Version})") { db, quiet, batchSize };
        command.SetAction(result => Run(result.GetValue(db), result.GetValue(quiet), result.GetValue(batchSize), Console.Out));
        return command;
    }

    public static int Run(string? db, bool quiet, int batchSize, TextWriter output)
    {
        if (!StoreCommandOptions.Positive("--batch-size", batchSize))
        {
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var service = new ReanalysisService(store, DefaultPipeline.CreateDefault(), new IngestOptions { BatchSize = batchSize });
        var done = service.Run(quiet ? null : count => Console.Error.Write($"\rreanalyzed {count:N0} articles"));
        if (!quiet)
        {
            Console.Error.WriteLine();
            output.WriteLine($"{done:N0} articles brought up to pipeline version {AnalysisPipeline.Version}.");
        }
        foreach (var problem in service.Problems)
        {
            CliOutput.Error($"{problem} (its previous record is kept)");
        }
        return service.Problems.Count > 0 ? 1 : 0;
    }
}
