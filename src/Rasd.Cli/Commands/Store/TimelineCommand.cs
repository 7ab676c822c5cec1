using System.CommandLine;
using Spectre.Console;
using System.Text.RegularExpressions;
using Rasd.Store.Abstractions;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd timeline --pair KZ-RU [--by month]</c>: per period, the articles relating the pair, their mean tone and topics.</summary>
internal static partial class TimelineCommand
{
    public static Command Create()
    {
        var pair = new Option<string>("--pair") { Description = "two country codes, e.g. KZ-RU", Required = true };
        var by = new Option<string>("--by") { Description = "year, month (default) or day", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("year", "month", "day");
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("timeline", "how a pair of countries is related over time") { pair, by, db, format };
        command.SetAction(result => Run(result.GetValue(pair)!, result.GetValue(by)!, result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string pair, string by, string? db, string format, TextWriter output)
    {
        var match = PairPattern().Match(pair);
        if (!match.Success || string.Equals(match.Groups[1].Value, match.Groups[2].Value, StringComparison.OrdinalIgnoreCase))
        {
            CliOutput.Error($"--pair {pair}: expected two different country codes, as in KZ-RU");
            return 2;
        }
        var grain = Enum.Parse<TimelineGrain>(by, ignoreCase: true);
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var periods = store.Timeline($"country:{match.Groups[1].Value.ToUpperInvariant()}", $"country:{match.Groups[2].Value.ToUpperInvariant()}", grain);
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, periods);
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["period", "articles", "mean_tone", "topics"],
                    periods.Select(p => new object?[] { p.Period, p.Articles, p.MeanTone, Topics(p) }));
                break;
            default:
                var table = StoreOutput.Table("period", "articles", "mean tone", "topics");
                foreach (var p in periods)
                {
                    table.AddRow(StoreOutput.Cell(p.Period), StoreOutput.Cell(p.Articles), StoreOutput.Cell(p.MeanTone), StoreOutput.Cell(Topics(p)));
                }
                StoreOutput.Console(output).Write(table);
                break;
        }
        return 0;
    }

    private static string Topics(TimelinePeriod period) => string.Join(' ', period.Topics.Select(t => $"{t.Value}:{t.Count}"));

    [GeneratedRegex("^([A-Za-z]{2})-([A-Za-z]{2})$")]
    private static partial Regex PairPattern();
}
