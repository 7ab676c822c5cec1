namespace Rasd.Web.Tests.Support;

/// <summary>Where the repository, the corpora the web tests ingest and the built command line are.</summary>
internal static class WebPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Seeds => Path.Combine(Repository, "samples", "seeds");

    /// <summary>The wild corpus beside the repository (<c>../shared/corpus/wild</c>), its articles only.</summary>
    public static IReadOnlyList<string> WildArticles
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus", "wild"));
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"{folder}: the wild corpus is not beside the repository");
            }
            return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        }
    }

    public static string HostileArticle => Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile-markup.txt");

    public static string Axe => Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js");

    public static string Screenshots => Path.Combine(Repository, "docs", "screenshots");

    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "Rasd.Cli.dll");

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rasd.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("repository root (Rasd.slnx) not found above the test binaries");
    }
}
