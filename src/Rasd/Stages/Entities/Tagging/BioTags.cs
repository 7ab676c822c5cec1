namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Reading entities out of IOB2 tags the way seqeval does by default: an entity starts at B-X, or
/// at an I-X that follows O or a tag of another type (a lenient reading of invalid IOB2 rather
/// than dropping the token), and runs over the following I-X tags.
/// </summary>
public static class BioTags
{
    public static List<EntitySpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        string? type = null;
        var start = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, tagType) = Split(tags[i]);
            var continues = prefix == 'I' && type is not null && tagType == type;
            if (continues)
            {
                continue;
            }
            if (type is not null)
            {
                spans.Add(new EntitySpan(type, start, i));
            }
            type = tagType;
            start = i;
        }
        if (type is not null)
        {
            spans.Add(new EntitySpan(type, start, tags.Count));
        }
        return spans;
    }

    /// <summary>Rewrites the tags so that every entity starts with B-, reading them as <see cref="Spans"/> does.</summary>
    public static string[] Repair(IReadOnlyList<string> tags)
    {
        var repaired = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            repaired[i] = NerTagNames.Outside;
        }
        foreach (var span in Spans(tags))
        {
            repaired[span.Start] = Tag('B', span.Type);
            for (var i = span.Start + 1; i < span.End; i++)
            {
                repaired[i] = Tag('I', span.Type);
            }
        }
        return repaired;
    }

    /// <summary>The prefix (B, I or O) and the type of a tag; O and unknown tags have no type.</summary>
    public static (char Prefix, string? Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I'
            ? (tag[0], TypeOf(tag.AsSpan(2)))
            : ('O', null);

    // The tagger's own types and tags come from these strings, every sentence, rather than being
    // cut from and joined onto tags anew.
    private static string TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "PER" => "PER",
        "LOC" => "LOC",
        "ORG" => "ORG",
        "MISC" => "MISC",
        _ => type.ToString(),
    };

    private static string Tag(char prefix, string type) => (prefix, type) switch
    {
        ('B', "PER") => "B-PER",
        ('I', "PER") => "I-PER",
        ('B', "LOC") => "B-LOC",
        ('I', "LOC") => "I-LOC",
        ('B', "ORG") => "B-ORG",
        ('I', "ORG") => "I-ORG",
        ('B', "MISC") => "B-MISC",
        ('I', "MISC") => "I-MISC",
        _ => prefix + "-" + type,
    };
}
