using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Sources;

/// <summary>
/// Finds who the article credits and who published it. The publisher is the outlet whose signature
/// closes the article, or a news outlet other than a news agency named in the container's credit
/// (a TREC AUTHOR, an HTML site name) or in brackets in a paragraph's opening dateline (دبي (CNN) -).
/// Sources are the agencies named on credit lines (المصدر: تاس) or in bylines and datelines (موسكو -
/// فرانس برس, (رويترز)), and the outlets the text cites: after an outlet noun that a credit cue
/// precedes or that carries ل (في مقابلة مع وكالة أنباء "كابار", لصحيفة "كومرسانت"), or right after
/// a reporting verb (ونقلت رويترز عن). The publisher's mentions of itself are no sources.
/// </summary>
public sealed class SourceStage(KnowledgeBase knowledge) : IPipelineStage
{
    /// <summary>How far into a paragraph a bracketed outlet may stand to be its dateline's credit.</summary>
    private const int DatelineReach = 12;

    private const string NewsAgency = "agency";

    public string Name => "sources";

    public void Process(Document document)
    {
        var credits = new List<SourceCredit>();
        foreach (var line in document.All<TextLine>())
        {
            if (line.Boilerplate == Boilerplate.SourceCredit)
            {
                CreditLine(document, line, credits);
            }
            else if (line.Boilerplate == Boilerplate.PublisherSignature && document.First<PublisherCredit>() is null
                && FirstMatch(document, line.Start, line.End, form => knowledge.Gazetteer.Publishers.Contains(form.Entry)) is { } match)
            {
                document.Add(new PublisherCredit(match.Form.Entry.Id, line.Start, line.End));
            }
        }
        if (document.Metadata.Credit is { } credit)
        {
            ContainerCredit(document, credit, credits);
        }
        CitedOutlets(document, credits);
        var publisher = document.First<PublisherCredit>()?.Id;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in credits.Where(c => c.Id != publisher && seen.Add(c.Id)))
        {
            document.Add(source);
        }
    }

    /// <summary>The outlets in a container's credit: news agencies are sources, another outlet is the publisher.</summary>
    private void ContainerCredit(Document document, string credit, List<SourceCredit> credits)
    {
        var folded = ArabicNormalizer.Fold(credit);
        foreach (var match in knowledge.Gazetteer.Forms.FindAll(folded, Tokenizer.Tokenize(folded)))
        {
            if (match.Values.FirstOrDefault(IsOutlet) is not { } form)
            {
                continue;
            }
            if (IsNewsAgency(form))
            {
                credits.Add(new SourceCredit(form.Entry.Id, credit, 0, 0));
            }
            else if (form.Entry.Type == EntityType.Agency && document.First<PublisherCredit>() is null)
            {
                document.Add(new PublisherCredit(form.Entry.Id, 0, 0));
            }
        }
    }

    private void CreditLine(Document document, TextLine line, List<SourceCredit> credits)
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
            credits.Add(new SourceCredit(form.Entry.Id, document.Text[s..e], s, e));
            found = true;
            i = match.TokenEnd;
        }
        if (!found && end > first)
        {
            var (s, e) = document.OriginalSpan(first, end);
            credits.Add(new SourceCredit("agency:ar:" + string.Join('-', document.Tokens.Skip(first).Take(end - first).Select(t => t.Text)), document.Text[s..e], s, e));
        }
    }

    private void CitedOutlets(Document document, List<SourceCredit> credits)
    {
        var scope = document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Body).ToList();
        var paragraphStarts = document.All<Segment>().Where(s => s.Kind == SegmentKind.Paragraph).Select(p => document.TokenRange(p.Start, p.End).First).ToHashSet();
        foreach (var region in scope)
        {
            var (first, end) = document.TokenRange(region.Start, region.End);
            for (var i = first; i < end;)
            {
                var cited = Cited(document, i, first, end);
                if (cited is not { } found)
                {
                    i++;
                    continue;
                }
                var (match, form, how) = found;
                var (s, e) = NameSpan(document, match);
                if (how == Citation.Bracketed && !IsNewsAgency(form) && OpensParagraph(paragraphStarts, match.TokenStart))
                {
                    if (document.First<PublisherCredit>() is null)
                    {
                        document.Add(new PublisherCredit(form.Entry.Id, s, e));
                    }
                }
                else if (how != Citation.None)
                {
                    credits.Add(new SourceCredit(form.Entry.Id, document.Text[s..e], s, e));
                }
                i = match.TokenEnd;
            }
        }
    }

    private enum Citation
    {
        None,
        AfterNoun,
        Bracketed,
        AfterVerb,
    }

    /// <summary>The outlet named at token <paramref name="i"/> (after an outlet noun, or as a full name opening with one), and how the text cites it.</summary>
    private (PhraseMatch<GazetteerForm> Match, GazetteerForm Form, Citation How)? Cited(Document document, int i, int floor, int end)
    {
        var credits = knowledge.Credits;
        var noun = credits.OutletNouns.LongestAt(document.Normalized.Text, document.Tokens, i);
        var match = knowledge.Gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, i);
        var form = match?.Values.FirstOrDefault(f => noun is null ? IsOutlet(f) : f.Entry.Type == EntityType.Agency);
        if ((form is null || match!.TokenEnd > end) && noun is not null && noun.TokenEnd < end)
        {
            match = knowledge.Gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, noun.TokenEnd);
            var agencyNoun = document.Tokens[noun.TokenStart].Text.Contains("وكال", StringComparison.Ordinal);
            form = match?.Values.FirstOrDefault(f => (IsOutlet(f) || f.Kind == NameFormKind.CreditOnly) && (f.Entry.Type == EntityType.Agency || !agencyNoun));
        }
        else if (form is null && match is not null && Parenthesized(document, match.TokenStart, match.TokenEnd))
        {
            form = match.Values.FirstOrDefault(f => f.Kind == NameFormKind.CreditOnly && f.Entry.Type == EntityType.Agency);
        }
        if (match is null || form is null || match.TokenEnd > end)
        {
            return null;
        }
        var how = Citation.None;
        if (noun is not null && (HasCue(document, noun.TokenStart, floor) || (TakesLam(document, noun) && form.Entry.Type == EntityType.Agency)))
        {
            how = Citation.AfterNoun;
        }
        else if (Parenthesized(document, match.TokenStart, match.TokenEnd) && form.Entry.Type == EntityType.Agency)
        {
            how = Citation.Bracketed;
        }
        else if (noun is null && form.Kind != NameFormKind.CreditOnly && form.Entry.Type == EntityType.Agency && AfterReportingVerb(document, match.TokenStart, floor))
        {
            how = Citation.AfterVerb;
        }
        return (match, form, how);
    }

    /// <summary>The original span of a matched name without its proclitics, closing a quotation mark opened inside it (صحيفة "كومرسانت").</summary>
    private static (int Start, int End) NameSpan(Document document, PhraseMatch<GazetteerForm> match)
    {
        var start = document.Tokens[match.TokenStart].Start + match.PrefixLength;
        var (s, e) = document.Normalized.ToOriginal(start, document.Tokens[match.TokenEnd - 1].End);
        return (s, document.BalancedEnd(s, e));
    }

    /// <summary>An outlet noun carrying the preposition ل: a statement made to the outlet, or its report (لصحيفة, لوكالة).</summary>
    private static bool TakesLam(Document document, PhraseMatch<string> noun) =>
        noun.PrefixLength > 0 && document.Tokens[noun.TokenStart].Text[..noun.PrefixLength].Contains('ل');

    private bool AfterReportingVerb(Document document, int token, int floor) =>
        token > floor && !document.PunctuationBetween(token - 1, token) && Clitics.AnyReadingIn(document.Tokens[token - 1].Text, knowledge.Credits.ReportingVerbs);

    private static bool OpensParagraph(HashSet<int> paragraphStarts, int token) =>
        paragraphStarts.Any(start => start <= token && token - start <= DatelineReach);

    private bool HasCue(Document document, int nounToken, int floor)
    {
        if (nounToken > floor && Clitics.AnyReadingIn(document.Tokens[nounToken - 1].Text, knowledge.Credits.AdjacentCues))
        {
            return true;
        }
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

    private static bool IsNewsAgency(GazetteerForm form) => form.Entry.Type != EntityType.Agency || form.Entry.Medium is null or NewsAgency;
}
