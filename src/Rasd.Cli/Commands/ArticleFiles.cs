using Rasd.Input;

namespace Rasd.Cli.Commands;

/// <summary>Reads every article under the given paths into memory, reporting each refused file or record on standard error.</summary>
internal static class ArticleFiles
{
    public static (List<ArticleInput> Articles, int Refused) ReadAll(IEnumerable<string> paths, ArticleReader reader)
    {
        var articles = new List<ArticleInput>();
        var refused = 0;
        foreach (var item in reader.ReadAll(paths))
        {
            if (item.Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                refused++;
                CliOutput.Error(item.Problem!.Message);
            }
        }
        return (articles, refused);
    }
}
