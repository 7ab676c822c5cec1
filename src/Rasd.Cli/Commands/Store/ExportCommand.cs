using System.CommandLine;
using System.Text;
using Rasd.Store.Export;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd export --format jsonl|csv|gexf</c>: the stored records, an article table, or the entity co-mention graph for Gephi.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl (records, default), csv (one row per article) or gexf (entity co-mention graph)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "gexf");
        var file = new Option<string?>("--output", "-o") { Description = "write to this file instead of standard output" };
        var duplicates = new Option<bool>("--include-duplicates") { Description = "also export near-duplicates (jsonl, csv)" };
        var minWeight = new Option<int>("--min-weight") { Description = "gexf: keep edges shared by at least this many articles", DefaultValueFactory = _ => 1 };
        var db = StoreCommandOptions.Database();
        var command = new Command("export", "export records, articles or the co-mention graph") { format, file, duplicates, minWeight, db };
        command.SetAction(result => Run(result.GetValue(format)!, result.GetValue(file), result.GetValue(duplicates), result.GetValue(minWeight), result.GetValue(db), Console.Out));
        return command;
    }

    public static int Run(string format, string? file, bool includeDuplicates, int minWeight, string? db, TextWriter output)
    {
        if (!StoreCommandOptions.Positive("--min-weight", minWeight))
        {
            return 2;
        }
        using var store = StoreCommandOptions.Open(db);
        if (store is null)
        {
            return 2;
        }
        StreamWriter? fileWriter = null;
        try
        {
            fileWriter = file is null ? null : new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliOutput.Error($"--output {file}: {e.Message}");
            return 2;
        }
        using (fileWriter)
        {
            var writer = fileWriter ?? output;
            switch (format)
            {
                case "csv":
                    ArticleExport.WriteCsv(store, writer, includeDuplicates);
                    break;
                case "gexf":
                    GexfExport.Write(store.CoMentions(minWeight), writer);
                    writer.WriteLine();
                    break;
                default:
                    ArticleExport.WriteJsonLines(store, writer, includeDuplicates);
                    break;
            }
            writer.Flush();
        }
        return 0;
    }
}
