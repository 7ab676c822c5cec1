using System.CommandLine;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd entities [--type person] [--top N]</c>: the entities named in the most articles, each counted once over the record ids merged into it.</summary>
internal static class EntitiesCommand
{
    private static readonly string[] Types = ["person", "country", "city", "org", "agency", "location"];

    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "only entities of this type" };
        type.AcceptOnlyFromAmong(Types);
        var top = new Option<int>("--top") { Description = "how many", DefaultValueFactory = _ => 20 };
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("entities", "list the entities named in the most articles") { type, top, db, format };
        command.SetAction(result => Run(result.GetValue(type), result.GetValue(top), result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string? type, int top, string? db, string format, TextWriter output)
    {
        if (!StoreCommandOptions.Positive("--top", top))
        {
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        var entities = store.Entities(type, top);
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, entities);
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["id", "type", "name", "name_en", "articles", "mentions", "ids"],
                    entities.Select(e => new object?[] { e.Id, e.Type, e.Name, e.NameEn, e.Articles, e.Mentions, e.Ids }));
                break;
            default:
                var table = StoreOutput.Table("id", "type", "name", "name (en)", "articles", "mentions", "ids");
                foreach (var e in entities)
                {
                    table.AddRow(StoreOutput.Cell(e.Id), StoreOutput.Cell(e.Type), StoreOutput.Cell(e.Name), StoreOutput.Cell(e.NameEn), StoreOutput.Cell(e.Articles), StoreOutput.Cell(e.Mentions), StoreOutput.Cell(e.Ids));
                }
                StoreOutput.Console(output).Write(table);
                break;
        }
        return 0;
    }
}
