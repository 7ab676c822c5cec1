using System.Text;
using System.Text.Json;
using Rasd.Cli.Commands;

namespace Rasd.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rasd-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var previous = Console.Error;
        Console.SetError(errors);
        try
        {
            var paths = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
            var format = args.SkipWhile(a => a != "--format").Skip(1).FirstOrDefault();
            var input = new MemoryStream(Encoding.UTF8.GetBytes("خبر من المدخل القياسي.\nوقال المسؤول إن العمل مستمر."));
            var exit = AnalyzeCommand.Run(paths, format, null, Rasd.Text.TextDecoder.DefaultMaxBytes, TimeSpan.FromSeconds(60), output, input);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    [Fact]
    public void Refused_files_are_reported_and_the_others_still_analyzed()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "خبر أول\n\nنص الخبر الأول هنا.", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(_folder, "b.txt"), []);
        File.WriteAllBytes(Path.Combine(_folder, "c.bin"), [0, 1, 2, 3, 0, 0, 7]);
        File.WriteAllText(Path.Combine(_folder, "d.txt"), "خبر رابع\n\nنص الخبر الرابع هنا.", Encoding.UTF8);
        var (exit, output, errors) = Run(_folder);
        Assert.Equal(1, exit);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.txt", "d.txt"], records.Select(r => r.GetProperty("file").GetString()));
        Assert.Contains("b.txt: empty file", errors);
        Assert.Contains("c.bin: binary", errors);
    }

    [Fact]
    public void One_file_prints_one_indented_record_with_every_category()
    {
        var path = Path.Combine(_folder, "one.txt");
        File.WriteAllText(path, "خبر أول\n\nنص الخبر الأول هنا.", Encoding.UTF8);
        var (exit, output, _) = Run(path);
        Assert.Equal(0, exit);
        var record = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, record.GetProperty("schema").GetInt32());
        Assert.Equal("خبر أول", record.GetProperty("title").GetString());
        foreach (var category in new[] { "sources", "entities", "quotes", "amounts", "times", "relations" })
        {
            Assert.Equal(JsonValueKind.Array, record.GetProperty(category).ValueKind);
        }
        Assert.Equal(64, record.GetProperty("id").GetString()!.Length);
    }

    [Fact]
    public void Reads_standard_input()
    {
        var (exit, output, _) = Run("-");
        Assert.Equal(0, exit);
        Assert.Equal("stdin", JsonDocument.Parse(output).RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Markdown_report_has_a_section_per_category()
    {
        var path = Path.Combine(_folder, "one.txt");
        File.WriteAllText(path, "خبر أول\n\nنص الخبر الأول هنا.", Encoding.UTF8);
        var (_, output, _) = Run(path, "--format", "md");
        Assert.StartsWith("# خبر أول", output);
        foreach (var heading in new[] { "## الكيانات", "## الاقتباسات", "## الأرقام", "## الأزمنة", "## العلاقات" })
        {
            Assert.Contains(heading, output);
        }
    }
}
