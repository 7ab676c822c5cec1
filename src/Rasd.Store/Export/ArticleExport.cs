using Rasd.Store.Abstractions;

namespace Rasd.Store.Export;

/// <summary>
/// Exports stored articles in ingest order: their analysis records as JSON Lines (the same shape
/// <c>rasd analyze --format jsonl</c> prints), or one CSV row per article with its near-duplicate link.
/// </summary>
public static class ArticleExport
{
    public static readonly string[] CsvHeader = ["id", "file", "published", "title", "publisher", "pipeline_version", "duplicate_of"];

    /// <returns>The number of records written.</returns>
    public static long WriteJsonLines(IArticleStore store, TextWriter output, bool includeDuplicates)
    {
        var count = 0L;
        foreach (var article in store.ExportArticles())
        {
            if (article.DuplicateOf is not null && !includeDuplicates)
            {
                continue;
            }
            output.Write(article.RecordJson);
            output.Write('\n');
            count++;
        }
        return count;
    }

    public static long WriteCsv(IArticleStore store, TextWriter output, bool includeDuplicates)
    {
        var csv = new CsvWriter(output);
        csv.WriteRow(CsvHeader);
        var count = 0L;
        foreach (var a in store.ExportArticles())
        {
            if (a.DuplicateOf is not null && !includeDuplicates)
            {
                continue;
            }
            csv.WriteRow([a.Id, a.File, a.Published, a.Title, a.Publisher, a.PipelineVersion, a.DuplicateOf]);
            count++;
        }
        return count;
    }
}
