using System.CommandLine;
using System.Text;
using Rasd.Data;
using Rasd.Store.Search;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd search QUERY</c>: ranked articles with highlighted snippets (query language in docs/store.md).</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "words, \"phrases\", -exclusions, entity:ID country:XX pair:XX-YY from:DATE to:DATE source:ID", Arity = ArgumentArity.OneOrMore };
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var limit = StoreCommandOptions.Limit("results per page", 20);
        var offset = new Option<int>("--offset") { Description = "results to skip", DefaultValueFactory = _ => 0 };
        var command = new Command("search", "search the stored articles") { query, db, format, limit, offset };
        command.SetAction(result => Run(string.Join(' ', result.GetValue(query)!), result.GetValue(db), result.GetValue(format)!, result.GetValue(limit), result.GetValue(offset), Console.Out));
        return command;
    }

    public static int Run(string query, string? db, string format, int limit, int offset, TextWriter output)
    {
        if (limit is <= 0 or > SearchService.MaxLimit || offset < 0)
        {
            CliOutput.Error($"--limit must be between 1 and {SearchService.MaxLimit} and --offset not negative");
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        SearchResults results;
        try
        {
            results = new SearchService(store, KnowledgeBase.Default).Search(query, limit, offset);
        }
        catch (QueryException e)
        {
            CliOutput.Error($"query: {e.Message}");
            return 2;
        }
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, new
                {
                    results.Query,
                    results.Total,
                    Hits = results.Hits.Select(h => new { h.Id, h.Score, h.Published, h.Title, h.File, Snippet = h.Snippet.Marked("<mark>", "</mark>") }),
                });
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["rank", "id", "score", "published", "title", "file", "snippet"],
                    results.Hits.Select((h, i) => new object?[] { offset + i + 1, h.Id, h.Score, h.Published, h.Title, h.File, h.Snippet.Marked("<mark>", "</mark>") }));
                break;
            default:
                var console = StoreOutput.Console(output);
                console.MarkupLine($"[bold]{results.Total:N0}[/] articles match [italic]{Markup.Escape(query)}[/]");
                if (results.Hits.Count > 0)
                {
                    var table = StoreOutput.Table("#", "score", "published", "title", "snippet");
                    for (var i = 0; i < results.Hits.Count; i++)
                    {
                        var hit = results.Hits[i];
                        table.AddRow(StoreOutput.Cell(offset + i + 1), StoreOutput.Cell(hit.Score), StoreOutput.Cell(hit.Published), StoreOutput.Cell(hit.Title ?? hit.File), Highlighted(hit.Snippet));
                    }
                    console.Write(table);
                }
                break;
        }
        return 0;
    }

    private static string Highlighted(Snippet snippet)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var span in snippet.Highlights)
        {
            markup.Append(Markup.Escape(snippet.Text[at..span.Start]))
                .Append("[bold yellow]").Append(Markup.Escape(snippet.Text[span.Start..span.End])).Append("[/]");
            at = span.End;
        }
        return markup.Append(Markup.Escape(snippet.Text[at..])).ToString();
    }
}
