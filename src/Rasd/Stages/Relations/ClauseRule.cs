using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Relations;

/// <summary>
/// Which countries a stretch of text relates, clause by clause. Two countries are related only when
/// something stands between them: an interaction cue in their clause (a meeting, a visit, an
/// agreement, a sanction, an attack…), which also relates the members of a list after بين, or a
/// joint nisba pair (التعاون الروسي السعودي, الحدود التركية - السورية). With a cue, the clause's first party (its subject, before or right
/// after the verb) is related to each other party; the others, objects and complements of one
/// event, are not related to one another. Countries named only as a venue, a topic or a member of a bloc are no
/// parties (<see cref="ReferenceRoles"/>). A coordinated list (ألبانيا وأيسلندا والنرويج) is one
/// side: its members are related to the other side of the clause, never to each other, unless the
/// list follows بين or is the only party of a reciprocal cue (وقع رؤساء روسيا وإيران وكازاخستان
/// اتفاقا), and then only when it is short; a long list that a reciprocal cue gathers (قمة … التي
/// جمعت سبع دول) names participants, related to no one. A clause whose cue has a single party
/// relates it to the first party of its stretch, unless a clause opener (بينما، لكن), a quotation
/// boundary or a full stop stands between them.
/// </summary>
public sealed class ClauseRule(KnowledgeBase knowledge)
{
    /// <summary>Past this many members, a list that would relate all its members names the participants of a gathering instead.</summary>
    private const int MaxListForAllPairs = 5;

    private readonly RelationLexicon _words = knowledge.Relations;
    private readonly InteractionLexicon _cues = knowledge.Interactions;
    private readonly ReferenceRoles _roles = new(knowledge);

    private sealed record Participant(int TokenStart, int TokenEnd, string Code, ReferenceRole Role, CountryReference First, CountryReference Last);

    private sealed class Group(Participant first)
    {
        public List<Participant> Members { get; } = [first];

        public bool Between { get; set; }

        public bool Compound { get; set; }

        public bool Gathering { get; set; }

        public int TokenStart => Members[0].TokenStart;

        public int TokenEnd => Members[^1].TokenEnd;

        public bool IsParty => Members[0].Role == ReferenceRole.Party && !Gathering;

        public IReadOnlyList<string> Codes => Members.Select(m => m.Code).Distinct().ToList();
    }

    /// <summary>The pairs of countries that tokens [first, end) relate.</summary>
    public HashSet<(string A, string B)> Pairs(Document document, int first, int end, IReadOnlyList<CountryReference> references, CueIndex cueIndex)
    {
        var pairs = new HashSet<(string, string)>();
        if (!TwoCountriesIn(references, first, end))
        {
            return pairs;
        }
        var inRange = references.Where(r => r.TokenStart >= first && r.TokenEnd <= end).ToList();
        var cues = cueIndex.In(first, end);
        var cueTokens = cues.Select(c => c.Token).ToHashSet();
        foreach (var (segmentStart, segmentEnd) in StrongSegments(document, first, end))
        {
            document.ThrowIfOutOfTime();
            var inSegment = inRange.Where(r => r.TokenStart >= segmentStart && r.TokenEnd <= segmentEnd).ToList();
            var groups = Groups(document, Participants(document, segmentStart, inSegment, cueTokens), cues);
            var actor = groups.FirstOrDefault(g => g.IsParty);
            foreach (var (clauseStart, clauseEnd) in Clauses(document, segmentStart, segmentEnd, groups))
            {
                var inClause = groups.Where(g => g.TokenStart >= clauseStart && g.TokenEnd <= clauseEnd).ToList();
                Relate(inClause, cues.Where(c => c.Token >= clauseStart && c.Token < clauseEnd).ToList(), actor, pairs);
            }
        }
        return pairs;
    }

    /// <summary>Whether references lying wholly in tokens [first, end) name at least two countries: most sentences name fewer, and are turned away without collecting them.</summary>
    internal static bool TwoCountriesIn(IReadOnlyList<CountryReference> references, int first, int end)
    {
        string? one = null;
        foreach (var reference in references)
        {
            if (reference.TokenStart >= first && reference.TokenEnd <= end)
            {
                if (one is null)
                {
                    one = reference.Code;
                }
                else if (reference.Code != one)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static void Relate(List<Group> groups, List<(int Token, InteractionCue Cue)> cues, Group? actor, HashSet<(string, string)> pairs)
    {
        foreach (var group in groups.Where(g => g.Compound))
        {
            AllPairs(group, pairs);
        }
        if (cues.Count == 0)
        {
            return;
        }
        foreach (var group in groups.Where(g => g.IsParty && g.Between))
        {
            AllPairs(group, pairs);
        }
        var parties = groups.Where(g => g.IsParty).ToList();
        for (var y = 1; y < parties.Count; y++)
        {
            Across(parties[0], parties[y], pairs);
        }
        if (parties.Count != 1)
        {
            return;
        }
        var only = parties[0];
        if (NearestCue(only, cues).Kind == InteractionKind.Reciprocal)
        {
            AllPairs(only, pairs);
        }
        if (actor is not null && actor != only)
        {
            Across(actor, only, pairs);
        }
    }

    private static InteractionCue NearestCue(Group group, List<(int Token, InteractionCue Cue)> cues) =>
        cues.MinBy(c => Math.Min(Math.Abs(c.Token - group.TokenStart), Math.Abs(c.Token - (group.TokenEnd - 1)))).Cue;

    private static void AllPairs(Group group, HashSet<(string, string)> pairs)
    {
        if (group.Codes.Count <= MaxListForAllPairs || group.Compound)
        {
            AllPairs(group.Codes, pairs);
        }
    }

    private static void AllPairs(IReadOnlyList<string> codes, HashSet<(string, string)> pairs)
    {
        for (var x = 0; x < codes.Count; x++)
        {
            for (var y = x + 1; y < codes.Count; y++)
            {
                pairs.Add(Ordered(codes[x], codes[y]));
            }
        }
    }

    private static void Across(Group one, Group other, HashSet<(string, string)> pairs)
    {
        foreach (var a in one.Codes)
        {
            foreach (var b in other.Codes.Where(b => b != a))
            {
                pairs.Add(Ordered(a, b));
            }
        }
    }

    /// <summary>Stretches between full stops, semicolons, line breaks and clause openers.</summary>
    private List<(int Start, int End)> StrongSegments(Document document, int first, int end)
    {
        var segments = new List<(int, int)>();
        var start = first;
        for (var k = first + 1; k < end; k++)
        {
            var opener = _words.TopicMarkers.LongestAt(document.Normalized.Text, document.Tokens, k) is null
                && _words.ClauseOpeners.LongestAt(document.Normalized.Text, document.Tokens, k) is not null;
            if (opener || TokenGaps.Before(document, k).IndexOfAny(['.', '!', '?', '؟', ';', '؛', '\n']) >= 0)
            {
                segments.Add((start, k));
                start = k;
            }
        }
        segments.Add((start, end));
        return segments;
    }

    /// <summary>Stretches between commas and colons, never splitting a list.</summary>
    private static List<(int Start, int End)> Clauses(Document document, int first, int end, List<Group> groups)
    {
        var clauses = new List<(int, int)>();
        var start = first;
        // Groups come in start order: one spans token k exactly when the furthest end of those starting before k lies past it.
        var started = 0;
        var furthestEnd = int.MinValue;
        for (var k = first + 1; k < end; k++)
        {
            for (; started < groups.Count && groups[started].TokenStart < k; started++)
            {
                furthestEnd = Math.Max(furthestEnd, groups[started].TokenEnd);
            }
            if (TokenGaps.Before(document, k).IndexOfAny([',', '،', ':']) >= 0 && furthestEnd <= k)
            {
                clauses.Add((start, k));
                start = k;
            }
        }
        clauses.Add((start, end));
        return clauses;
    }

    /// <summary>Runs of references to one country become one participant, with its role.</summary>
    private List<Participant> Participants(Document document, int segmentStart, List<CountryReference> references, HashSet<int> cueTokens)
    {
        var participants = new List<Participant>();
        var segment = new SegmentReferences(document, segmentStart, references);
        for (var i = 0; i < references.Count; i++)
        {
            var reference = references[i];
            var last = reference;
            while (i + 1 < references.Count && references[i + 1].Code == reference.Code && references[i + 1].TokenStart - last.TokenEnd <= 3 && !TokenGaps.Punctuated(document, last.TokenEnd, references[i + 1].TokenStart))
            {
                last = references[++i];
            }
            participants.Add(new Participant(reference.TokenStart, last.TokenEnd, reference.Code, _roles.Of(document, segment, reference, cueTokens), reference, last));
        }
        return participants;
    }

    /// <summary>Coordinated participants form one group; بين before a group, or two nisba adjectives side by side, relate its members.</summary>
    private List<Group> Groups(Document document, List<Participant> participants, List<(int Token, InteractionCue Cue)> cues)
    {
        var groups = new List<Group>();
        foreach (var participant in participants)
        {
            if (groups.Count > 0 && groups[^1].Members[^1] is var previous && previous.Code != participant.Code)
            {
                if (Coordinated(document, previous, participant))
                {
                    groups[^1].Members.Add(participant);
                    continue;
                }
                if (Juxtaposed(document, previous, participant))
                {
                    groups[^1].Members.Add(participant);
                    groups[^1].Compound = true;
                    continue;
                }
            }
            groups.Add(new Group(participant) { Between = AfterBetween(document, participant.TokenStart) });
        }
        foreach (var group in groups.Where(g => g.Codes.Count > MaxListForAllPairs && cues.Count > 0))
        {
            group.Gathering = NearestCue(group, cues).Kind == InteractionKind.Reciprocal;
        }
        return groups;
    }

    /// <summary>
    /// Whether two participants are members of one list: only و/أو, list joiners (كل من, بالإضافة
    /// إلى), commas and at most two unknown members that open with و (and are no cues) stand between
    /// them, and a conjunction or joiner is among them.
    /// </summary>
    private bool Coordinated(Document document, Participant left, Participant right)
    {
        var tokens = document.Tokens;
        if (TokenGaps.PunctuatedBeyondCommas(document, left.TokenEnd, right.TokenStart))
        {
            return false;
        }
        var conjunction = right.First.Prefix > 0 && tokens[right.TokenStart].Text[0] == 'و';
        var unknown = 0;
        for (var k = left.TokenEnd; k < right.TokenStart;)
        {
            if (_words.ListJoiners.LongestAt(document.Normalized.Text, tokens, k) is { } joiner && joiner.TokenEnd <= right.TokenStart)
            {
                conjunction = true;
                k = joiner.TokenEnd;
                continue;
            }
            var word = tokens[k].Text;
            if (word is "و" or "او")
            {
                conjunction = true;
            }
            else if (!(word.Length > 2 && word[0] == 'و' && !word.StartsWith("وال", StringComparison.Ordinal) && _cues.At(document.Normalized.Text, tokens, k) is null && ++unknown <= 2))
            {
                return false;
            }
            k++;
        }
        return conjunction;
    }

    /// <summary>Two nisba adjectives side by side, or joined by a hyphen, name a joint thing (التعاون الروسي السعودي، مناورة روسية - بيلاروسية).</summary>
    private static bool Juxtaposed(Document document, Participant left, Participant right)
    {
        if (right.TokenStart != left.TokenEnd || right.First.Prefix > 0)
        {
            return false;
        }
        return TokenGaps.OnlySpacesOrHyphens(document, right.TokenStart)
            && left.Last.Kind == ReferenceKind.Nisba && right.First.Kind == ReferenceKind.Nisba;
    }

    /// <summary>Whether بين (not من بين) stands right before a participant, or before the one or two words of its title.</summary>
    private bool AfterBetween(Document document, int token)
    {
        for (var k = token - 1; k >= Math.Max(0, token - 3); k--)
        {
            if (TokenGaps.Punctuated(document, k + 1, k + 1))
            {
                return false;
            }
            if (Clitics.AnyReadingIn(document.Tokens[k].Text, _words.Between))
            {
                return k == 0 || !Clitics.AnyReadingIn(document.Tokens[k - 1].Text, _words.NotBetweenBefore);
            }
        }
        return false;
    }

    public static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
