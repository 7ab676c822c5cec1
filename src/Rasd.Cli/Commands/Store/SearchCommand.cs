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
        var facets = new Option<bool>("--facets") { Description = "also count the matching articles by source, country, person and month" };
        var command = new Command("search", "search the stored articles") { query, db, format, limit, offset, facets };
        command.SetAction(result => Run(
            string.Join(' ', result.GetValue(query)!), result.GetValue(db), result.GetValue(format)!, result.GetValue(limit), result.GetValue(offset), Console.Out, result.GetValue(facets)));
        return command;
    }

    public static int Run(string query, string? db, string format, int limit, int offset, TextWriter output, bool facets = false)
    {
        var options = new SearchOptions { Limit = limit, Offset = offset, Facets = facets };
        if (limit is <= 0 or > SearchOptions.MaxLimit || offset < 0 || offset + limit > SearchOptions.MaxWindow)
        {
            CliOutput.Error($"--limit must be between 1 and {SearchOptions.MaxLimit}, --offset not negative, and together at most {SearchOptions.MaxWindow:N0} (narrow the query to go deeper)");
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
            results = new SearchService(store, KnowledgeBase.Default).Search(query, options);
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
                    results.TotalIsExact,
                    Hits = results.Hits.Select(h => new { h.Id, h.Score, h.Published, h.Title, h.File, Snippet = h.Snippet.Marked("<mark>", "</mark>") }),
                    results.Facets,
                });
                break;
            case StoreCommandOptions.Csv:
                StoreOutput.Csv(output, ["rank", "id", "score", "published", "title", "file", "snippet"],
                    results.Hits.Select((h, i) => new object?[] { offset + i + 1, h.Id, h.Score, h.Published, h.Title, h.File, h.Snippet.Marked("<mark>", "</mark>") }));
                break;
            default:
                var console = StoreOutput.Console(output);
                console.MarkupLine($"[bold]{results.Total:N0}{(results.TotalIsExact ? string.Empty : "+")}[/] articles match [italic]{Markup.Escape(query)}[/]");
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
                if (results.Facets is { } counted)
                {
                    console.Write(FacetTable(counted));
                }
                break;
        }
        return 0;
    }

    /// <summary>The facets side by side: one column per dimension, most frequent first (months in order, as many rows as the longest column).</summary>
    private static Spectre.Console.Table FacetTable(SearchFacets facets)
    {
        IReadOnlyList<FacetCount>[] columns = [facets.Sources, facets.Countries, facets.Persons, facets.Months];
        var table = StoreOutput.Table("source", "country", "person", "month");
        for (var row = 0; row < columns.Max(c => c.Count); row++)
        {
            table.AddRow(columns.Select(c => row < c.Count ? StoreOutput.Cell($"{c[row].Label ?? c[row].Value} ({c[row].Count:N0})") : string.Empty).ToArray());
        }
        return table;
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
