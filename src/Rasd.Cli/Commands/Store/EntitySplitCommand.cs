using System.CommandLine;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd entity split A VARIANT</c>: an analyst's correction — the record id VARIANT leaves A's
/// entity and counts as itself; kept across ingest and reanalysis.
/// </summary>
internal static class EntitySplitCommand
{
    public static Command Create()
    {
        var group = new Argument<string>("entity") { Description = "an id of the entity, which keeps the others" };
        var variant = new Argument<string>("variant") { Description = "the record id to take out of it" };
        var db = StoreCommandOptions.Database();
        var command = new Command("split", "take a record id out of the entity it was counted as (an analyst's correction, kept across ingest and reanalysis)") { group, variant, db };
        command.SetAction(result => Run(result.GetValue(group)!, result.GetValue(variant)!, result.GetValue(db), Console.Out));
        return command;
    }

    public static int Run(string group, string variant, string? db, TextWriter output)
    {
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        try
        {
            var change = store.SplitEntity(group, variant);
            foreach (var (id, canonical) in change.Moved)
            {
                output.WriteLine(id == canonical ? $"{id} counts as itself" : $"{id} counts as {canonical}");
            }
            return 0;
        }
        catch (InvalidOperationException e)
        {
            CliOutput.Error(e.Message);
            return 1;
        }
    }
}
