namespace Rasd.Input;

/// <summary>Joins a title and a body into the text the pipeline analyzes, title first.</summary>
internal static class ExtractedArticle
{
    public static ArticleInput Create(string file, string format, string encoding, string? title, string body, string? published, string? credit = null)
    {
        title = title is null ? null : Collapse(title);
        body = body.Trim('\n', '\r', ' ', '\t');
        if (string.IsNullOrWhiteSpace(title))
        {
            return new ArticleInput(file, body, new ArticleMetadata(format, encoding, Published: published, Credit: credit));
        }
        var text = body.Length == 0 ? title : title + "\n\n" + body;
        return new ArticleInput(file, text, new ArticleMetadata(format, encoding, title, title.Length, published, credit));
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
