using System.CommandLine;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd amounts [--unit USD] [--about ID]</c>: stored amounts, newest first.</summary>
internal static class AmountsCommand
{
    public static Command Create()
    {
        var unit = new Option<string?>("--unit") { Description = "only amounts in this unit (USD, RUB, percent, people, …)" };
        var about = new Option<string?>("--about") { Description = "only amounts whose sentence names this entity" };
        var limit = StoreCommandOptions.Limit("how many", 50);
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("amounts", "list amounts by unit and subject") { unit, about, limit, db, format };
        command.SetAction(result => Run(result.GetValue(unit), result.GetValue(about), result.GetValue(limit), result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string? unit, string? about, int limit, string? db, string format, TextWriter output)
    {
        if (!StoreCommandOptions.Positive("--limit", limit))
        {
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var amounts = store.Amounts(unit, about, limit);
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, amounts);
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["article_id", "published", "text", "value", "unit", "qualifier", "start", "end"],
                    amounts.Select(a => new object?[] { a.ArticleId, a.Published, a.Text, a.Value, a.Unit, a.Qualifier, a.Start, a.End }));
                break;
            default:
                var table = StoreOutput.Table("published", "value", "unit", "qualifier", "text");
                foreach (var a in amounts)
                {
                    table.AddRow(StoreOutput.Cell(a.Published), StoreOutput.Cell(a.Value), StoreOutput.Cell(a.Unit), StoreOutput.Cell(a.Qualifier), StoreOutput.Cell(a.Text));
                }
                StoreOutput.Console(output).Write(table);
                break;
        }
        return 0;
    }
}
