using Rasd.Data;

namespace Rasd.Tests;

/// <summary>Where the repository, its samples and the shared folder beside it are.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Seeds => Path.Combine(Repository, "samples", "seeds");

    public static string SeedsGold => Path.Combine(Repository, "samples", "seeds-gold");

    public static string Wild => Path.Combine(Shared, "corpus", "wild");

    public static string WildGold => Path.Combine(Shared, "corpus", "wild-gold");

    public static string Shared => Path.GetFullPath(Path.Combine(Repository, "..", "shared"));

    public static KnowledgeBase Knowledge => KnowledgeBase.Default;

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
