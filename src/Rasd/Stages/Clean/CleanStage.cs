using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Clean;

/// <summary>
/// Splits the text into lines and marks, never deletes, the ones that frame the article: language
/// menus, lone view counters, blank and no-break-space lines, photo credits, source credits,
/// publisher signatures and share prompts.
/// </summary>
public sealed class CleanStage(KnowledgeBase knowledge) : IPipelineStage
{
    public string Name => "clean";

    public void Process(Document document)
    {
        var text = document.Text;
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            document.Add(new TextLine(start, contentEnd, Classify(text[start..contentEnd])));
            if (newline < 0)
            {
                break;
            }
            start = newline + 1;
        }
    }

    private Boilerplate? Classify(string line)
    {
        var folded = ArabicNormalizer.Fold(line).Trim();
        if (folded.Length == 0)
        {
            return Boilerplate.Blank;
        }
        var patterns = knowledge.Boilerplate;
        if (patterns.LanguageMenu.IsMatch(folded))
        {
            return Boilerplate.LanguageMenu;
        }
        if (patterns.Counter.IsMatch(folded))
        {
            return Boilerplate.Counter;
        }
        if (patterns.PhotoCredit.IsMatch(folded))
        {
            return Boilerplate.PhotoCredit;
        }
        if (patterns.SourceCredit.IsMatch(folded))
        {
            return Boilerplate.SourceCredit;
        }
        if (patterns.ShareLine.IsMatch(folded))
        {
            return Boilerplate.ShareLine;
        }
        return IsPublisherSignature(folded) ? Boilerplate.PublisherSignature : null;
    }

    private bool IsPublisherSignature(string folded)
    {
        var tokens = Tokenizer.Tokenize(folded);
        if (tokens.Count == 0)
        {
            return false;
        }
        var match = knowledge.Gazetteer.Forms.LongestAt(folded, tokens, 0);
        return match is not null && match.TokenEnd == tokens.Count
            && match.Values.Any(form => knowledge.Gazetteer.Publishers.Contains(form.Entry));
    }
}
