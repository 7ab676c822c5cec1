namespace Rasd.Store.Tests.Support;

/// <summary>Where the repository, its seed articles and the built command line are.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Seeds => Path.Combine(Repository, "samples", "seeds");

    /// <summary>The bulk corpus of real articles beside the repository (<c>../shared/corpus/bulk</c>).</summary>
    public static string Bulk => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "corpus", "bulk"));

    /// <summary>The command line's assembly, built beside the tests (the test project references it).</summary>
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
