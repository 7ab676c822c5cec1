using System.CommandLine;
using Rasd.Store.Identity;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd entity-report</c>: how well a store keeps one entity under one id — entities and the
/// record ids behind them, unknown ids, clitic-prefixed twins, names with markup, skeleton-twin
/// groups, contract violations of the stored records, merges made — and, with <c>--merges N</c>,
/// an even sample of the merges to read.
/// </summary>
internal static class EntityReportCommand
{
    public static Command Create()
    {
        var merges = new Option<int>("--merges") { Description = "list this many of the merges made at ingest, an even sample", DefaultValueFactory = _ => 0 };
        var twins = new Option<int>("--twins") { Description = "list this many of the skeleton-twin groups still counted apart, most-mentioned first", DefaultValueFactory = _ => 0 };
        var skipValidation = new Option<bool>("--skip-validation") { Description = "do not check the stored records against the record contract (the slow part on a large store)" };
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("entity-report", "measure entity identity in a store: entities, unknown ids, twins, contract violations, merges") { merges, twins, skipValidation, db, format };
        command.SetAction(result => Run(result.GetValue(merges), result.GetValue(twins), !result.GetValue(skipValidation), result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(int merges, int twins, bool validate, string? db, string format, TextWriter output)
    {
        if (merges < 0 || twins < 0)
        {
            CliOutput.Error($"--merges and --twins must be 0 or more (got {merges} and {twins})");
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var report = IdentityReport.Measure(store, validate, merges, twins);
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, report);
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["measure", "value"], Measures(report).Select(m => new object?[] { m.Name, m.Value }));
                if (report.MergeSample.Count > 0)
                {
                    output.WriteLine();
                    StoreOutput.Csv(output, ["id", "name", "counted_as", "similarity", "evidence", "articles"],
                        report.MergeSample.Select(m => new object?[] { m.Id, m.Name, m.CanonicalId, m.Similarity, m.Evidence, m.Articles }));
                }
                if (report.TwinsApart.Count > 0)
                {
                    output.WriteLine();
                    StoreOutput.Csv(output, ["group", "id", "name", "counted_as", "articles"],
                        report.TwinsApart.SelectMany((g, i) => g.Select(m => new object?[] { i + 1, m.Id, m.Name, m.CanonicalId, m.Articles })));
                }
                break;
            default:
                var console = StoreOutput.Console(output);
                var table = StoreOutput.Table("measure", "value");
                foreach (var (name, value) in Measures(report))
                {
                    table.AddRow(StoreOutput.Cell(name), StoreOutput.Cell(value));
                }
                console.Write(table);
                if (report.MergeSample.Count > 0)
                {
                    var sample = StoreOutput.Table("id", "name", "counted as", "similarity", "evidence");
                    foreach (var m in report.MergeSample)
                    {
                        sample.AddRow(StoreOutput.Cell(m.Id), StoreOutput.Cell(m.Name), StoreOutput.Cell(m.CanonicalId), StoreOutput.Cell(m.Similarity), StoreOutput.Cell(m.Evidence));
                    }
                    console.Write(sample);
                }
                if (report.TwinsApart.Count > 0)
                {
                    var groups = StoreOutput.Table("group", "id", "name", "counted as", "articles");
                    foreach (var (group, i) in report.TwinsApart.Select((g, i) => (g, i + 1)))
                    {
                        foreach (var m in group)
                        {
                            groups.AddRow(StoreOutput.Cell(i), StoreOutput.Cell(m.Id), StoreOutput.Cell(m.Name), StoreOutput.Cell(m.CanonicalId), StoreOutput.Cell(m.Articles));
                        }
                    }
                    console.Write(groups);
                }
                break;
        }
        return 0;
    }

    private static IEnumerable<(string Name, object? Value)> Measures(IdentityReport r)
    {
        yield return ("articles (originals)", r.Articles);
        yield return ("entities (as counted)", r.Entities);
        yield return ("record ids", r.RecordIds);
        yield return ("unknown ids (…:ar:…)", r.UnknownIds);
        yield return ("clitic-prefixed twins", r.CliticTwins);
        yield return ("clitic-prefixed twins counted apart", r.CliticTwinsApart);
        yield return ("names with # or _", r.MarkupNames);
        yield return ("skeleton-twin groups", r.SkeletonTwinGroups);
        yield return ("ids in skeleton-twin groups", r.SkeletonTwinIds);
        yield return ("skeleton-twin groups, every id apart", r.SkeletonTwinGroupsUnlinked);
        yield return ("ids in them, every id apart", r.SkeletonTwinIdsUnlinked);
        yield return ("records", r.Records);
        yield return ("records breaking the contract", r.RecordsBreakingContract);
        yield return ("contract violations", r.ContractViolations);
        yield return ("ids linked at ingest", r.Linked);
        yield return ("ids merged by analysts", r.MergedByAnalysts);
        yield return ("ids split by analysts", r.SplitByAnalysts);
    }
}
