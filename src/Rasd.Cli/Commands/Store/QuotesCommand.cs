using System.CommandLine;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd quotes [--speaker ID] [--about ID]</c>: stored quotes, newest first.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "only quotes by this entity" };
        var about = new Option<string?>("--about") { Description = "only quotes that name this entity" };
        var limit = StoreCommandOptions.Limit("how many", 50);
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("quotes", "list quotes by speaker and subject") { speaker, about, limit, db, format };
        command.SetAction(result => Run(result.GetValue(speaker), result.GetValue(about), result.GetValue(limit), result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string? speaker, string? about, int limit, string? db, string format, TextWriter output)
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
        var quotes = store.Quotes(speaker, about, limit);
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, quotes);
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["article_id", "published", "speaker_id", "speaker_text", "kind", "text", "start", "end"],
                    quotes.Select(q => new object?[] { q.ArticleId, q.Published, q.SpeakerId, q.SpeakerText, q.Kind, q.Text, q.Start, q.End }));
                break;
            default:
                var table = StoreOutput.Table("published", "speaker", "kind", "quote");
                foreach (var q in quotes)
                {
                    table.AddRow(StoreOutput.Cell(q.Published), StoreOutput.Cell(q.SpeakerId ?? q.SpeakerText), StoreOutput.Cell(q.Kind), StoreOutput.Cell(q.Text));
                }
                StoreOutput.Console(output).Write(table);
                break;
        }
        return 0;
    }
}
