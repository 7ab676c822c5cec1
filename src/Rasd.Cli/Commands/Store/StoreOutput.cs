using System.Text.Encodings.Web;
using System.Text.Json;
using Rasd.Store.Export;
using Spectre.Console;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// How store commands print: Spectre.Console tables for a terminal, indented JSON (snake_case, Arabic
/// left readable) or RFC 4180 CSV for scripts. Every writer is passed in, so tests read what a user sees.
/// </summary>
internal static class StoreOutput
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static IAnsiConsole Console(TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Interactive = InteractionSupport.No,
    });

    public static void Json<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static void Csv(TextWriter output, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        var csv = new CsvWriter(output);
        csv.WriteRow(header);
        foreach (var row in rows)
        {
            csv.WriteRow(row);
        }
    }

    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }
        return table;
    }

    /// <summary>A table cell of plain text; null shows as a dash.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "–",
        double d => Markup.Escape(d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)),
        IFormattable f => Markup.Escape(f.ToString(null, System.Globalization.CultureInfo.InvariantCulture)),
        _ => Markup.Escape(value.ToString() ?? string.Empty),
    };
}
