using System.IO.Compression;
using System.Text;
using Rasd.Input;

namespace Rasd.Tests.Input;

/// <summary>Containers are read record by record whatever their size; every bad record is a problem naming FILE:LINE, and the records after it still come.</summary>
public sealed class StreamingInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rasd-stream-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private string WriteGzip(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    private static string Line(int n) => $"{{\"title\":\"خبر رقم {n}\",\"text\":\"نص الخبر رقم {n} عن روسيا وكازاخستان.\"}}\n";

    [Fact]
    public void A_json_lines_file_far_over_the_byte_limit_is_read_record_by_record()
    {
        var path = Write("big.jsonl", string.Concat(Enumerable.Range(1, 2000).Select(Line)));
        var items = new ArticleReader(maxBytes: 4096).Read(path).ToList();
        Assert.True(new FileInfo(path).Length > 100 * 1024);
        Assert.Equal(2000, items.Count(i => i.Article is not null));
        Assert.Equal("big.jsonl#2000", items[^1].Article!.File);
    }

    [Fact]
    public void Gzip_json_lines_are_decompressed_as_a_stream()
    {
        var path = WriteGzip("corpus.jsonl.gz", string.Concat(Enumerable.Range(1, 50).Select(Line)));
        var items = new ArticleReader().Read(path).ToList();
        Assert.Equal(50, items.Count);
        Assert.Equal("corpus.jsonl.gz#1", items[0].Article!.File);
        Assert.StartsWith("خبر رقم 1\n\n", items[0].Article!.Text);
    }

    [Fact]
    public void A_gzip_file_without_the_gz_name_is_recognized_by_its_magic_bytes()
    {
        var path = WriteGzip("corpus.dat", Line(7));
        Assert.Equal("خبر رقم 7", Assert.Single(new ArticleReader().Read(path)).Article!.Metadata.Title);
    }

    [Fact]
    public void Malformed_and_oversized_lines_are_reported_with_their_line_and_reading_goes_on()
    {
        var huge = "{\"text\":\"" + new string('ب', 10_000) + "\"}\n";
        var path = Write("mixed.jsonl", Line(1) + "not json\n" + huge + "{\"title\":\"بلا نص\"}\n[1]\n\n" + Line(7) + "{\"text\":\"" + "\\ud800" + "\"}\n" + Line(9));
        var items = new ArticleReader(maxBytes: 4096).Read(path).ToList();
        var problems = items.Where(i => i.Problem is not null).Select(i => i.Problem!.Message).ToList();
        Assert.Equal(5, problems.Count);
        Assert.StartsWith($"{path}:2: not a JSON object", problems[0]);
        Assert.StartsWith($"{path}:3: record is over the limit of 4,096 bytes", problems[1]);
        Assert.Equal($"{path}:4: no \"text\" field", problems[2]);
        Assert.Equal($"{path}:5: not a JSON object but an array", problems[3]);
        Assert.StartsWith($"{path}:8: a string is not valid Unicode", problems[4]);
        Assert.Equal(["mixed.jsonl#1", "mixed.jsonl#7", "mixed.jsonl#9"], items.Where(i => i.Article is not null).Select(i => i.Article!.File));
    }

    [Fact]
    public void A_blank_record_is_analyzed_as_an_empty_article_not_refused()
    {
        var path = Write("blank.jsonl", "{\"title\":\"\",\"text\":\" \"}\n");
        Assert.Equal(string.Empty, Assert.Single(new ArticleReader().Read(path)).Article!.Text);
    }

    [Fact]
    public void A_corrupt_gzip_stream_ends_that_file_with_a_problem_and_the_next_file_is_read()
    {
        var good = WriteGzip("a.jsonl.gz", string.Concat(Enumerable.Range(1, 200).Select(Line)));
        var bytes = File.ReadAllBytes(good);
        var corrupt = Path.Combine(_folder, "b.jsonl.gz");
        File.WriteAllBytes(corrupt, bytes[..(bytes.Length / 2)].Concat(Enumerable.Repeat((byte)0xAB, 64)).ToArray());
        var next = Write("c.txt", "خبر آخر\n\nنص الخبر.");
        var items = new ArticleReader().ReadAll([corrupt, next]).ToList();
        Assert.Contains(items, i => i.Problem is { } p && p.Location == corrupt && p.Reason.StartsWith("cannot be read", StringComparison.Ordinal));
        Assert.Equal("c.txt", items[^1].Article!.File);
    }

    [Fact]
    public void A_trec_file_is_streamed_one_record_at_a_time_and_an_oversized_record_is_skipped()
    {
        static string Doc(string number, string body) => $"<DOC>\n<DOCNO>{number}</DOCNO>\n<TITLE>عنوان {number}</TITLE>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n";
        var path = Write("corpus.trec", Doc("A", "نص أول.") + Doc("B", new string('ن', 5000)) + Doc("C", "نص ثالث.") + "<DOC>\n<TEXT>لم يغلق");
        var items = new ArticleReader(maxBytes: 2048).Read(path).ToList();
        Assert.Equal(["corpus.trec#A", "corpus.trec#C"], items.Where(i => i.Article is not null).Select(i => i.Article!.File));
        var problems = items.Where(i => i.Problem is not null).Select(i => i.Problem!.Message).ToList();
        Assert.Equal(2, problems.Count);
        Assert.StartsWith($"{path}:8: <DOC> record is over the limit", problems[0]);
        Assert.Equal($"{path}:22: <DOC> record is never closed with </DOC>", problems[1]);
    }

    [Fact]
    public void A_truncated_gzip_file_is_reported_after_the_records_before_the_damage()
    {
        var good = WriteGzip("whole.jsonl.gz", string.Concat(Enumerable.Range(1, 2000).Select(Line)));
        var bytes = File.ReadAllBytes(good);
        var truncated = Path.Combine(_folder, "cut.jsonl.gz");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length * 2 / 3)]);
        var items = new ArticleReader().Read(truncated).ToList();
        Assert.InRange(items.Count(i => i.Article is not null), 100, 1999);
        var last = items[^1].Problem!;
        Assert.Equal(truncated, last.Location);
        Assert.Contains("truncated or corrupt", last.Reason);
        Assert.Equal(2000, new ArticleReader().Read(good).Count(i => i.Article is not null));
    }

    [Fact]
    public void A_trec_file_of_one_record_names_the_article_after_the_file()
    {
        var path = Write("one.txt", "<DOC>\n<DOCNO>X-9</DOCNO>\n<TITLE>عنوان</TITLE>\n<TEXT>\nنص.\n</TEXT>\n</DOC>\n");
        Assert.Equal("one.txt", Assert.Single(new ArticleReader().Read(path)).Article!.File);
    }

    [Fact]
    public void Standard_input_is_streamed_as_json_lines()
    {
        var input = new MemoryStream(Encoding.UTF8.GetBytes(Line(1) + "oops\n" + Line(2)));
        var items = new ArticleReader().Read(ArticleReader.StandardInput, input).ToList();
        Assert.Equal(["stdin#1", "stdin#3"], items.Where(i => i.Article is not null).Select(i => i.Article!.File));
        Assert.StartsWith("stdin:2: not a JSON object", items[1].Problem!.Message);
    }

    [Fact]
    public void An_article_file_over_the_limit_is_refused_without_being_read()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(64L * 1024 * 1024);
        }
        var problem = Assert.Single(new ArticleReader().Read(path)).Problem!;
        Assert.Equal(path, problem.Location);
        Assert.Contains("over the limit", problem.Reason);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception() =>
        Assert.Equal("no such file", Assert.Single(new ArticleReader().Read(Path.Combine(_folder, "absent.txt"))).Problem!.Reason);
}
