using Rasd.Stages.Entities.Tagging;

namespace Rasd.Tests.Tagging;

public sealed class WordClustersTests
{
    [Fact]
    public void AClusterFileRoundTripsWithTheCommonestWordFirst()
    {
        var clusters = new WordClusters(new Dictionary<string, int[]> { ["سامي"] = [1, 17], ["في"] = [0, 4], ["حلب"] = [2, 900] });
        var path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            clusters.Write(path, [4, 1024], new Dictionary<string, long> { ["سامي"] = 12, ["في"] = 5000, ["حلب"] = 40 });
            var read = WordClusters.Read(path);

            Assert.Equal(3, read.Count);
            Assert.Equal(2, read.LevelCount);
            Assert.Equal([2, 900], read.Find("حلب")!);
            using var text = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
            Assert.StartsWith("#", text.ReadLine(), StringComparison.Ordinal);
            Assert.Equal("في\t5000\t0\t4", text.ReadLine());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ABrokenLineIsReportedWithItsNumber()
    {
        var path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            using (var writer = new StreamWriter(gzip))
            {
                writer.Write("# header\nفي\t5000\t0\t4\nحلب\t40\t2\n");
            }

            var error = Assert.Throws<InvalidDataException>(() => WordClusters.Read(path));
            Assert.Contains(":3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
