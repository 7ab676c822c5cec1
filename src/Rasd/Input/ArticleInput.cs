namespace Rasd.Input;

/// <summary>
/// One article ready for the pipeline: its name, its text (the decoded file, or the text extracted
/// from a container format) and what the container said about it.
/// </summary>
public sealed record ArticleInput(string File, string Text, ArticleMetadata Metadata);

/// <summary>
/// Facts a container format states outright. <see cref="TitleLength"/> is set when the title was
/// placed at the start of <see cref="ArticleInput.Text"/> by the reader.
/// </summary>
public sealed record ArticleMetadata(string Format, string Encoding, string? Title = null, int? TitleLength = null, string? Published = null, string? Credit = null)
{
    public static ArticleMetadata Plain(string encoding) => new("text", encoding);
}
