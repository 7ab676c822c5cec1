using System.Runtime.CompilerServices;
using Rasd.Input;

namespace Rasd.Cli.Commands;

/// <summary>Reads the articles under the given paths, reporting each refused file or record on standard error.</summary>
internal static class ArticleFiles
{
    /// <summary>Every article, read into memory, and how many files or records were refused.</summary>
    public static (List<ArticleInput> Articles, int Refused) ReadAll(IEnumerable<string> paths, ArticleReader reader)
    {
        var refused = new StrongBox<int>();
        var articles = Stream(paths, reader, refused).ToList();
        return (articles, refused.Value);
    }

    /// <summary>The articles one at a time as they are enumerated, for corpora too large to hold; each refused one is reported and counted in <paramref name="refused"/>.</summary>
    public static IEnumerable<ArticleInput> Stream(IEnumerable<string> paths, ArticleReader reader, StrongBox<int> refused)
    {
        foreach (var item in reader.ReadAll(paths))
        {
            if (item.Article is { } article)
            {
                yield return article;
            }
            else
            {
                refused.Value++;
                CliOutput.Error(item.Problem!.Message);
            }
        }
    }
}
