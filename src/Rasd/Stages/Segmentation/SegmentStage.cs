using System.Text.RegularExpressions;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Segmentation;

/// <summary>
/// Finds the title, the dateline, the body, its paragraphs and subheadings, and the sentences.
/// A title is the first content line when it reads as a headline (short, not ending a sentence);
/// a dateline is a line holding only a date, or a place-and-date prefix of the first paragraph.
/// </summary>
public sealed partial class SegmentStage(KnowledgeBase knowledge) : IPipelineStage
{
    private const int MaxHeadlineLength = 220;
    private const int MaxSubheadingWords = 12;

    public string Name => "segment";

    public void Process(Document document)
    {
        var lines = document.All<TextLine>().Where(l => l.IsContent).ToList();
        if (lines.Count == 0)
        {
            return;
        }
        var next = 0;
        if (document.Metadata.TitleLength is int titleLength)
        {
            document.Add(new Segment(0, titleLength, SegmentKind.Title));
            next = lines.FindIndex(l => l.Start >= titleLength);
        }
        else if (IsHeadline(document.Text, lines, 0))
        {
            document.Add(new Segment(lines[0].Start, lines[0].End, SegmentKind.Title));
            next = 1;
        }
        if (next < 0 || next >= lines.Count)
        {
            return;
        }
        if (IsDateOnly(document.Text[lines[next].Start..lines[next].End]))
        {
            document.Add(new Segment(lines[next].Start, lines[next].End, SegmentKind.Dateline));
            next++;
        }
        if (next >= lines.Count)
        {
            return;
        }
        var bodyLines = lines.Skip(next).ToList();
        document.Add(new Segment(bodyLines[0].Start, bodyLines[^1].End, SegmentKind.Body));
        var (lineStart, lineEnd) = document.NormalizedRange(bodyLines[0].Start, bodyLines[0].End);
        var inlineDateline = InlineDateline().Match(document.Normalized.Text[lineStart..lineEnd]);
        if (inlineDateline.Success)
        {
            var date = inlineDateline.Groups["date"];
            var (start, end) = document.Normalized.ToOriginal(lineStart + date.Index, lineStart + date.Index + date.Length);
            document.Add(new Segment(start, end, SegmentKind.Dateline));
        }
        for (var i = 0; i < bodyLines.Count; i++)
        {
            var line = bodyLines[i];
            var kind = i > 0 && i + 1 < bodyLines.Count && IsSubheading(document.Text[line.Start..line.End]) ? SegmentKind.Subheading : SegmentKind.Paragraph;
            document.Add(new Segment(line.Start, line.End, kind));
        }
        foreach (var unit in document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Paragraph or SegmentKind.Subheading))
        {
            foreach (var (start, end) in SentenceSplitter.Split(document.Text, unit.Start, unit.End))
            {
                document.Add(new Segment(start, end, SegmentKind.Sentence));
            }
        }
    }

    private bool IsHeadline(string text, IReadOnlyList<TextLine> lines, int index)
    {
        var line = text[lines[index].Start..lines[index].End].Trim();
        if (line.Length == 0 || line.Length > MaxHeadlineLength || IsDateOnly(line))
        {
            return false;
        }
        if (line[^1] is '.' or '،' or ',' or ':' or '؛')
        {
            return false;
        }
        return lines.Count > index + 1;
    }

    private static bool IsSubheading(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0
            && trimmed[^1] is not ('.' or '،' or ',' or ':' or '؛' or '"' or '”' or '»' or '!' or '؟' or '?')
            && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSubheadingWords;
    }

    /// <summary>A line made only of day numbers, month and weekday names and a year.</summary>
    private bool IsDateOnly(string line)
    {
        var folded = ArabicNormalizer.Fold(line);
        var tokens = Tokenizer.Tokenize(folded);
        if (tokens.Count is < 2 or > 8)
        {
            return false;
        }
        var calendar = knowledge.Calendar;
        bool month = false, number = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsNumber)
            {
                number = true;
            }
            else if (calendar.MonthNames.ContainsKey(word))
            {
                month = true;
            }
            else if (i + 1 < tokens.Count && calendar.MonthNames.ContainsKey(word + " " + tokens[i + 1].Text))
            {
                month = true;
                i++;
            }
            else if (!calendar.Weekdays.ContainsKey(word))
            {
                return false;
            }
        }
        var rest = folded;
        foreach (var token in tokens)
        {
            rest = rest.Replace(token.Text, string.Empty, StringComparison.Ordinal);
        }
        return month && number && rest.All(c => char.IsWhiteSpace(c) || c is '/' or '-' or '،' or ',' or '|');
    }

    /// <summary>A place name and a parenthesized day/month (and optional year or time) opening the first paragraph.</summary>
    [GeneratedRegex(@"^\s*[^\d.()\n]{2,60}?(?<date>\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?[^)\n]{0,30}\))\s*[.\-–—:]?")]
    private static partial Regex InlineDateline();
}
