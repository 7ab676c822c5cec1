using Rasd.Input;
using Rasd.Text;

namespace Rasd.Cli.Commands;

/// <summary>Reads every article under the given paths, reporting each refused file on standard error.</summary>
internal static class ArticleFiles
{
    public static (List<ArticleInput> Articles, int Refused) ReadAll(IEnumerable<string> paths, ArticleReader reader)
    {
        var articles = new List<ArticleInput>();
        var refused = 0;
        foreach (var file in ArticleReader.ExpandPaths(paths))
        {
            try
            {
                articles.AddRange(reader.Read(file));
            }
            catch (InputRefusedException e)
            {
                refused++;
                CliOutput.Error(e.Message);
            }
        }
        return (articles, refused);
    }
}
