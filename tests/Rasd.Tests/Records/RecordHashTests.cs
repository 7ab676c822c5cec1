using System.Security.Cryptography;
using System.Text;
using Rasd.Input;
using Rasd.Records;

namespace Rasd.Tests.Records;

/// <summary>
/// Speed work must not change a single decision: the record of every seed and wild article, as
/// compact JSON, hashes to the value in tests/record-hashes.tsv. A change meant to alter records
/// regenerates that file (<c>RASD_REGENERATE_RECORD_HASHES=1 dotnet test --filter RecordHashTests</c>)
/// and explains every difference in its commit.
/// </summary>
public sealed class RecordHashTests
{
    private const string HashFile = "record-hashes.tsv";

    /// <summary>Set to 1 to write the current hashes into the file instead of comparing (for a change meant to alter records).</summary>
    private const string RegenerateVariable = "RASD_REGENERATE_RECORD_HASHES";

    [Fact]
    public void Records_of_the_seeds_and_the_wild_corpus_are_unchanged()
    {
        var expected = File.ReadLines(Path.Combine(TestPaths.Repository, "tests", HashFile))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var actual = ComputeHashes();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllLines(Path.Combine(TestPaths.Repository, "tests", HashFile),
                [File.ReadLines(Path.Combine(TestPaths.Repository, "tests", HashFile)).First(), .. actual.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\t{p.Value}")]);
            return;
        }

        var differences = expected.Keys.Union(actual.Keys)
            .Where(key => expected.GetValueOrDefault(key) != actual.GetValueOrDefault(key))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(differences.Count == 0,
            $"records differ from {HashFile} for {differences.Count} article(s): {string.Join(", ", differences)}");
    }

    [Fact]
    public void A_changed_record_changes_its_hash()
    {
        var record = RecordBuilder.Build(Analysis.Run("قال الرئيس إن العلاقات جيدة."));
        var changed = record with { Title = "عنوان آخر" };
        Assert.NotEqual(Hash(record), Hash(changed));
        Assert.Equal(Hash(record), Hash(RecordBuilder.Build(Analysis.Run("قال الرئيس إن العلاقات جيدة."))));
    }

    private static Dictionary<string, string> ComputeHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ArticleReader();
        foreach (var (set, folder) in new[] { ("seeds", TestPaths.Seeds), ("wild", TestPaths.Wild) })
        {
            foreach (var item in reader.ReadAll([folder]))
            {
                var article = item.Article ?? throw new InvalidOperationException(item.Problem!.Message);
                var record = RecordBuilder.Build(Analysis.Run(article));
                hashes[$"{set}/{record.File}"] = Hash(record);
            }
        }
        return hashes;
    }

    private static string Hash(AnalysisRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RecordJson.Serialize(record, indented: false))));
}
