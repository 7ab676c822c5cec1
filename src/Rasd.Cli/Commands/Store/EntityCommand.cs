using System.CommandLine;
using Rasd.Store.Abstractions;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd entity ID</c>: an entity's names and the spellings seen, the record ids counted as it and
/// why, roles, first and last seen, quotes, most co-mentioned entities and mention counts by month;
/// <c>rasd entity merge</c> and <c>rasd entity split</c> correct what counts as one entity.
/// </summary>
internal static class EntityCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "an entity id, e.g. person:vladimir-putin or country:KZ" };
        var limit = StoreCommandOptions.Limit("rows per list", 10);
        var db = StoreCommandOptions.Database();
        var format = StoreCommandOptions.Format();
        var command = new Command("entity", "everything the store knows about one entity, over every record id counted as it; merge and split correct what counts as one")
        {
            id, limit, db, format, EntityMergeCommand.Create(), EntitySplitCommand.Create(),
        };
        command.SetAction(result => Run(result.GetValue(id)!, result.GetValue(limit), result.GetValue(db), result.GetValue(format)!, Console.Out));
        return command;
    }

    public static int Run(string id, int limit, string? db, string format, TextWriter output)
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
        var profile = store.Entity(id, limit);
        if (profile is null)
        {
            CliOutput.Error($"no entity {id} in the store (rasd entities lists them)");
            return 1;
        }
        switch (format)
        {
            case StoreCommandOptions.Json:
                StoreOutput.Json(output, profile);
                break;
            case StoreCommandOptions.Csv:
                // One row per fact, so that every list of the profile fits one flat table.
                StoreOutput.Csv(output, ["section", "value", "count"], Rows(profile));
                break;
            default:
                Render(StoreOutput.Console(output), profile);
                break;
        }
        return 0;
    }

    private static IEnumerable<object?[]> Rows(EntityProfile p)
    {
        yield return ["id", p.Entity.Id, null];
        yield return ["type", p.Entity.Type, null];
        yield return ["name", p.Entity.Name, null];
        yield return ["name_en", p.Entity.NameEn, null];
        yield return ["articles", null, p.Entity.Articles];
        yield return ["mentions", null, p.Entity.Mentions];
        yield return ["ids", null, p.Entity.Ids];
        yield return ["first_seen", p.FirstSeen, null];
        yield return ["last_seen", p.LastSeen, null];
        foreach (var n in p.NamesSeen)
        {
            yield return ["name_seen", n.Value, n.Count];
        }
        foreach (var r in p.Roles)
        {
            yield return ["role", r.FirstSeen is null ? r.Value : $"{r.Value} ({r.FirstSeen} – {r.LastSeen})", r.Articles];
        }
        foreach (var c in p.CoMentioned)
        {
            yield return ["co_mentioned", c.Id, c.Articles];
        }
        foreach (var m in p.MentionsByMonth)
        {
            yield return ["month", m.Value, m.Count];
        }
        foreach (var q in p.Quotes)
        {
            yield return ["quote", q.Text, null];
        }
        foreach (var a in p.Aliases)
        {
            yield return ["record_id", a.Id, a.Articles];
        }
    }

    private static void Render(IAnsiConsole console, EntityProfile p)
    {
        var e = p.Entity;
        console.MarkupLine($"[bold]{Markup.Escape(e.Name)}[/] {StoreOutput.Cell(e.NameEn)} [dim]{Markup.Escape(e.Id)} · {Markup.Escape(e.Type)}[/]");
        if (p.RequestedId != e.Id)
        {
            console.MarkupLine($"[dim]{Markup.Escape(p.RequestedId)} counts as this entity[/]");
        }
        console.MarkupLine($"{e.Articles:N0} articles, {e.Mentions:N0} mentions, {e.Ids:N0} record ids; first seen {StoreOutput.Cell(p.FirstSeen)}, last seen {StoreOutput.Cell(p.LastSeen)}");
        Counted(console, "names seen", p.NamesSeen);
        if (p.Aliases.Count > 1)
        {
            var ids = StoreOutput.Table("record id", "name", "decision", "similarity", "evidence", "articles");
            foreach (var a in p.Aliases)
            {
                ids.AddRow(StoreOutput.Cell(a.Id), StoreOutput.Cell(a.Name), StoreOutput.Cell(a.Decision), StoreOutput.Cell(a.Similarity), StoreOutput.Cell(a.Evidence), StoreOutput.Cell(a.Articles));
            }
            console.Write(ids);
        }
        if (p.Roles.Count > 0)
        {
            var roles = StoreOutput.Table("roles", "articles", "first seen", "last seen");
            foreach (var r in p.Roles)
            {
                roles.AddRow(StoreOutput.Cell(r.Value), StoreOutput.Cell(r.Articles), StoreOutput.Cell(r.FirstSeen), StoreOutput.Cell(r.LastSeen));
            }
            console.Write(roles);
        }
        if (p.CoMentioned.Count > 0)
        {
            var table = StoreOutput.Table("co-mentioned", "type", "name", "shared articles");
            foreach (var c in p.CoMentioned)
            {
                table.AddRow(StoreOutput.Cell(c.Id), StoreOutput.Cell(c.Type), StoreOutput.Cell(c.Name), StoreOutput.Cell(c.Articles));
            }
            console.Write(table);
        }
        Counted(console, "mentions by month", p.MentionsByMonth);
        if (p.Quotes.Count > 0)
        {
            var table = StoreOutput.Table("published", "kind", "quote");
            foreach (var q in p.Quotes)
            {
                table.AddRow(StoreOutput.Cell(q.Published), StoreOutput.Cell(q.Kind), StoreOutput.Cell(q.Text));
            }
            console.Write(table);
        }
    }

    private static void Counted(IAnsiConsole console, string title, IReadOnlyList<CountedValue> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        var table = StoreOutput.Table(title, "count");
        foreach (var v in values)
        {
            table.AddRow(StoreOutput.Cell(v.Value), StoreOutput.Cell(v.Count));
        }
        console.Write(table);
    }
}
