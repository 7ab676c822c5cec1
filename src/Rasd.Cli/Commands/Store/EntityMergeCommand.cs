using System.CommandLine;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd entity merge A B</c>: an analyst's correction — B's entity, with every record id in it,
/// counts as A's from now on. The records keep their ids; ingest and reanalysis keep the decision.
/// </summary>
internal static class EntityMergeCommand
{
    public static Command Create()
    {
        var kept = new Argument<string>("kept") { Description = "an id of the entity that stays" };
        var merged = new Argument<string>("merged") { Description = "an id of the entity merged into it" };
        var db = StoreCommandOptions.Database();
        var command = new Command("merge", "count one entity as another (an analyst's correction, kept across ingest and reanalysis)") { kept, merged, db };
        command.SetAction(result => Run(result.GetValue(kept)!, result.GetValue(merged)!, result.GetValue(db), Console.Out));
        return command;
    }

    public static int Run(string kept, string merged, string? db, TextWriter output)
    {
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        try
        {
            var change = store.MergeEntities(kept, merged);
            output.WriteLine(change.Moved.Count == 0
                ? $"{merged} already counts as {kept}'s entity"
                : $"{change.Moved.Count} ids now count as {change.Moved[0].CanonicalId}: {string.Join(", ", change.Moved.Select(m => m.Id))}");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            CliOutput.Error(e.Message);
            return 1;
        }
    }
}
