using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Sources;

/// <summary>
/// Finds who the article credits: agencies named on credit lines (<c>المصدر: تاس</c>), outlets the
/// text cites (<c>في مقابلة مع وكالة أنباء "كابار"</c>, <c>(رويترز)</c>), the container's own credit,
/// and the publisher whose signature closes the article.
/// </summary>
public sealed class SourceStage(KnowledgeBase knowledge) : IPipelineStage
{
    public string Name => "sources";

    public void Process(Document document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in document.All<TextLine>())
        {
            if (line.Boilerplate == Boilerplate.SourceCredit)
            {
                CreditLine(document, line, seen);
            }
            else if (line.Boilerplate == Boilerplate.PublisherSignature)
            {
                var match = FirstMatch(document, line.Start, line.End, form => knowledge.Gazetteer.Publishers.Contains(form.Entry));
                if (match is not null && document.First<PublisherCredit>() is null)
                {
                    document.Add(new PublisherCredit(match.Value.Form.Entry.Id, line.Start, line.End));
                }
            }
        }
        if (document.Metadata.Credit is { } credit)
        {
            var folded = ArabicNormalizer.Fold(credit);
            var tokens = Tokenizer.Tokenize(folded);
            foreach (var match in knowledge.Gazetteer.Forms.FindAll(folded, tokens))
            {
                var form = match.Values.FirstOrDefault(IsOutlet);
                if (form is not null && seen.Add(form.Entry.Id))
                {
                    document.Add(new SourceCredit(form.Entry.Id, credit, 0, 0));
                }
            }
        }
        CitedOutlets(document, seen);
    }

    private void CreditLine(Document document, TextLine line, HashSet<string> seen)
    {
        var colon = document.Text.IndexOfAny([':', '：'], line.Start, line.End - line.Start);
        var start = colon < 0 ? line.Start : colon + 1;
        var (first, end) = document.TokenRange(start, line.End);
        var found = false;
        for (var i = first; i < end;)
        {
            var match = knowledge.Gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, i);
            var form = match?.Values.FirstOrDefault(IsOutlet);
            if (match is null || form is null || match.TokenEnd > end)
            {
                i++;
                continue;
            }
            var (s, e) = document.OriginalSpan(match.TokenStart, match.TokenEnd);
            if (seen.Add(form.Entry.Id))
            {
                document.Add(new SourceCredit(form.Entry.Id, document.Text[s..e], s, e));
            }
            found = true;
            i = match.TokenEnd;
        }
        if (!found && end > first)
        {
            var (s, e) = document.OriginalSpan(first, end);
            var id = "agency:ar:" + string.Join('-', document.Tokens.Skip(first).Take(end - first).Select(t => t.Text));
            if (seen.Add(id))
            {
                document.Add(new SourceCredit(id, document.Text[s..e], s, e));
            }
        }
    }

    private void CitedOutlets(Document document, HashSet<string> seen)
    {
        var scope = document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Body).ToList();
        var credits = knowledge.Credits;
        foreach (var region in scope)
        {
            var (first, end) = document.TokenRange(region.Start, region.End);
            for (var i = first; i < end;)
            {
                var noun = credits.OutletNouns.LongestAt(document.Normalized.Text, document.Tokens, i);
                var nameAt = noun?.TokenEnd ?? i;
                var match = nameAt < end ? knowledge.Gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, nameAt) : null;
                var form = match?.Values.FirstOrDefault(f => IsOutlet(f) || (noun is not null && f.Kind == NameFormKind.CreditOnly));
                if (match is null || form is null || match.TokenEnd > end)
                {
                    i++;
                    continue;
                }
                var cited = noun is not null && HasCue(document, noun.TokenStart, first)
                    || Parenthesized(document, match.TokenStart, match.TokenEnd) && form.Entry.Type == EntityType.Agency;
                if (cited && seen.Add(form.Entry.Id))
                {
                    var (s, e) = document.OriginalSpan(match.TokenStart, match.TokenEnd);
                    document.Add(new SourceCredit(form.Entry.Id, document.Text[s..e], s, e));
                }
                i = match.TokenEnd;
            }
        }
    }

    private bool HasCue(Document document, int nounToken, int floor)
    {
        var cues = knowledge.Credits.CreditCues;
        for (var k = nounToken - 1; k >= Math.Max(floor, nounToken - knowledge.Credits.CueWindow); k--)
        {
            if (Clitics.AnyReadingIn(document.Tokens[k].Text, cues))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Parenthesized(Document document, int first, int end)
    {
        var text = document.Normalized.Text;
        var before = document.Tokens[first].Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        var after = document.Tokens[end - 1].End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return before >= 0 && after < text.Length && text[before] == '(' && text[after] == ')';
    }

    private (GazetteerForm Form, int Start, int End)? FirstMatch(Document document, int start, int end, Func<GazetteerForm, bool> accept)
    {
        var (first, last) = document.TokenRange(start, end);
        for (var i = first; i < last; i++)
        {
            var match = knowledge.Gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, i);
            var form = match?.Values.FirstOrDefault(accept);
            if (match is not null && form is not null)
            {
                return (form, match.TokenStart, match.TokenEnd);
            }
        }
        return null;
    }

    private static bool IsOutlet(GazetteerForm form) =>
        form.Entry.Type == EntityType.Agency || (form.Entry.Type == EntityType.Org && form.Kind != NameFormKind.Nisba);
}
