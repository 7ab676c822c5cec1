using System.Text;

namespace Rasd.Stages.Entities.Tagging;

/// <summary>
/// Reads CoNLL-style tagged text: one <c>token TAG</c> per line (separated by a space or a tab;
/// the first field is the token, the last the tag), a blank line between sentences,
/// <c>-DOCSTART-</c> lines skipped. Tags go through <see cref="NerTagNames.Canonical"/> so that
/// every corpus speaks PER/LOC/ORG/MISC, and each sentence is repaired to valid IOB2.
/// </summary>
public static class ConllReader
{
    public static List<TaggedSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return Read(reader);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public static List<TaggedSentence> Read(TextReader reader)
    {
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = line.Trim().Trim('\uFEFF').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                Flush();
                continue;
            }
            if (fields[0] == "-DOCSTART-")
            {
                continue;
            }
            if (fields.Length < 2)
            {
                throw new FormatException($"line {lineNumber}: expected a token and a tag, got \"{line}\"");
            }
            words.Add(fields[0]);
            tags.Add(NerTagNames.Canonical(fields[^1]));
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new TaggedSentence([.. words], BioTags.Repair(tags)));
                words.Clear();
                tags.Clear();
            }
        }
    }
}
