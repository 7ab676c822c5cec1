using System.CommandLine;
using System.IO.Compression;
using Rasd.Records.Validation;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd validate FILE.jsonl…</c>: checks records (JSON Lines, as <c>rasd analyze --format jsonl</c>
/// and <c>rasd export</c> write them; <c>.gz</c> too; <c>-</c> for standard input) against the record
/// contract and prints every violation as <c>FILE:LINE: path: reason</c>. Exit code 0 when every
/// record holds, 1 when any breaks the contract, 2 when a file cannot be read.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON Lines files of analysis records (.gz read as gzip; - for standard input)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "check analysis records against the record contract (data/schema/analysis-record.schema.json)") { files };
        command.SetAction(result => Run(result.GetValue(files)!, Console.Out, Console.In));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, TextWriter output, TextReader standardInput)
    {
        var validator = RecordValidator.Default;
        long records = 0, broken = 0, violations = 0;
        var unreadable = false;
        foreach (var file in files)
        {
            try
            {
                using var reader = file == "-" ? null : Open(file);
                var lines = reader ?? standardInput;
                var number = 0;
                while (lines.ReadLine() is { } line)
                {
                    number++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }
                    records++;
                    var found = validator.Validate(line);
                    if (found.Count > 0)
                    {
                        broken++;
                        violations += found.Count;
                    }
                    foreach (var violation in found)
                    {
                        output.WriteLine($"{file}:{number}: {violation.Path}: {violation.Reason}");
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                CliOutput.Error($"{file}: cannot be read ({e.Message})");
                unreadable = true;
            }
        }
        Console.Error.WriteLine($"{records:N0} records, {broken:N0} breaking the contract, {violations:N0} violations");
        return unreadable ? 2 : broken > 0 ? 1 : 0;
    }

    private static StreamReader Open(string file)
    {
        Stream stream = File.OpenRead(file);
        if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        return new StreamReader(stream);
    }
}
