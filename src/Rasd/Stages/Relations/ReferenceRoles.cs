using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Stages.Relations;

/// <summary>What a country is in its clause: a party, or only the venue, the topic, a member of a bloc, or an aside in brackets.</summary>
public enum ReferenceRole
{
    Party,
    Place,
    Topic,
    Member,
    Aside,
}

/// <summary>
/// Tells a country that takes part in what a clause reports from one named as the venue (في
/// الدوحة, في أستانا عاصمة كازاخستان), as the topic (حول سوريا, الأزمة السورية, الأوضاع في
/// اليمن) or as a member of a bloc (التكتل الذي يضم روسيا وإيران).
/// </summary>
public sealed class ReferenceRoles(KnowledgeBase knowledge)
{
    /// <summary>How far before a country a venue preposition, a topic marker or a membership word may stand.</summary>
    private const int MarkerReach = 5;

    /// <summary>How far before the venue preposition a word may make the country after it a party or a topic.</summary>
    private const int HeadReach = 3;

    /// <summary>How far before a nisba adjective a topic noun may stand (الملف النووي الإيراني); before a name it stands right before it (ملف إيران).</summary>
    private const int NisbaHeadReach = 2;

    /// <summary>How many tokens (names, a bracketed credit) may follow a dateline's country before its dash.</summary>
    private const int DatelineReach = 4;

    private readonly RelationLexicon _words = knowledge.Relations;

    /// <param name="references">The references of the stretch the markers must lie in, from its first token.</param>
    /// <param name="cueTokens">Where interaction cues stand: a cue between a membership word and a country ends the list of members.</param>
    public ReferenceRole Of(Document document, SegmentReferences references, CountryReference reference, IReadOnlyCollection<int> cueTokens)
    {
        var segmentStart = references.SegmentStart;
        if (references.InBrackets(document, reference.TokenStart))
        {
            return ReferenceRole.Aside;
        }
        if (Dateline(document, segmentStart, reference, references))
        {
            return ReferenceRole.Place;
        }
        if (Venue(document, segmentStart, reference, references, interacting: cueTokens.Count > 0) is { } venue)
        {
            return venue;
        }
        var headReach = reference.Kind switch { ReferenceKind.Nisba => NisbaHeadReach, ReferenceKind.Name => 1, _ => 0 };
        if (AfterTopicMarker(document, segmentStart, reference, references) || HeadBefore(document, segmentStart, reference.TokenStart, headReach, _words.TopicHeads)
            || ExampleOfTopic(document, segmentStart, reference, references))
        {
            return ReferenceRole.Topic;
        }
        for (var k = reference.TokenStart - 1; k >= Math.Max(segmentStart, reference.TokenStart - MarkerReach) && !cueTokens.Contains(k); k--)
        {
            if (Clitics.AnyReadingIn(document.Tokens[k].Text, _words.Membership))
            {
                return ReferenceRole.Member;
            }
        }
        return ReferenceRole.Party;
    }

    /// <summary>
    /// A name or capital after a venue preposition or a place noun carrying ب (بجنوب سوريا), possibly
    /// across place nouns, another reference and one unknown name (في مدينة كينغداو الصينية), or a
    /// capital carrying ب (بموسكو), is a place;
    /// a topic noun before the preposition (الأوضاع في اليمن) makes it the topic, a party head
    /// (السفارة الفرنسية في طاجيكستان، القرم في أوكرانيا) a party of the interaction the stretch
    /// reports, and with none it is where that thing is. Null when no venue preposition governs it.
    /// </summary>
    private ReferenceRole? Venue(Document document, int segmentStart, CountryReference reference, SegmentReferences references, bool interacting)
    {
        if (reference.Kind is not (ReferenceKind.Name or ReferenceKind.Nisba or ReferenceKind.Capital))
        {
            return null;
        }
        var tokens = document.Tokens;
        if (reference.Kind == ReferenceKind.Capital && reference.Prefix > 0 && tokens[reference.TokenStart].Text[reference.Prefix - 1] == 'ب')
        {
            return ReferenceRole.Place;
        }
        var unknown = 0;
        for (var k = reference.TokenStart - 1; k >= Math.Max(segmentStart, reference.TokenStart - MarkerReach); k--)
        {
            if (TokenGaps.Punctuated(document, k + 1, k + 1))
            {
                return null;
            }
            var word = tokens[k].Text;
            if (Clitics.AnyReadingIn(word, _words.VenuePrepositions) || (word.Length > 3 && word[0] == 'ب' && _words.PlaceNouns.Contains(word[1..])))
            {
                return HeadBefore(document, segmentStart, k, HeadReach, _words.TopicHeads) ? ReferenceRole.Topic
                    : interacting && HeadBefore(document, segmentStart, k, HeadReach, _words.PartyHeads) ? null
                    : ReferenceRole.Place;
            }
            if (Clitics.AnyReadingIn(word, _words.PlaceNouns) || references.Covers(k))
            {
                continue;
            }
            if (++unknown > 1)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The place of a dateline that opens the sentence: nothing but a name and commas before the
    /// country, and a bracketed credit after it, or a capital alone, before a dash that no other
    /// country follows (دبي، الإمارات العربية المتحدة (CNN) - …, واشنطن - …); a title «روسيا -
    /// أوكرانيا» names two parties, not a place.
    /// </summary>
    private static bool Dateline(Document document, int segmentStart, CountryReference reference, SegmentReferences references)
    {
        if (reference.TokenStart - segmentStart > 1 + references.LengthBefore(reference.TokenStart))
        {
            return false;
        }
        var credit = reference.Kind == ReferenceKind.Capital;
        for (var k = reference.TokenEnd; k <= Math.Min(document.Tokens.Count - 1, reference.TokenEnd + DatelineReach); k++)
        {
            var gap = TokenGaps.Before(document, k);
            credit |= gap.Contains('(');
            if (gap.IndexOfAny(['–', '—', '-']) >= 0)
            {
                return credit && !references.HasReferenceStartingAt(k);
            }
            if (gap.IndexOfAny(['.', '؛', ':', '"', '«', '\n']) >= 0)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A country in a list «such as» opens (مثل العراق وليبيا) after a situation or a region
    /// (ناقش الوزيران الأزمات في المنطقة مثل سوريا واليمن): an example of the
    /// topic, not a party.
    /// </summary>
    private bool ExampleOfTopic(Document document, int segmentStart, CountryReference reference, SegmentReferences references)
    {
        const int reach = 10;
        var tokens = document.Tokens;
        var k = reference.TokenStart - 1;
        while (k >= segmentStart && references.Covers(k))
        {
            k--;
        }
        if (k < segmentStart || Clitics.WithoutConjunction(tokens[k].Text) != "مثل")
        {
            return false;
        }
        for (var h = k - 1; h >= Math.Max(segmentStart, k - reach); h--)
        {
            if (TokenGaps.Before(document, h + 1).IndexOfAny(['.', '؛', ':', '\n']) >= 0)
            {
                return false;
            }
            var word = tokens[h].Text;
            if (Clitics.AnyReadingIn(word, _words.TopicHeads) || Clitics.AnyReadingIn(word, _words.PlaceNouns))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HeadBefore(Document document, int segmentStart, int token, int reach, HashSet<string> heads)
    {
        for (var k = token - 1; k >= Math.Max(segmentStart, token - reach); k--)
        {
            if (TokenGaps.Punctuated(document, k + 1, k + 1))
            {
                return false;
            }
            if (Clitics.AnyReadingIn(document.Tokens[k].Text, heads))
            {
                return true;
            }
        }
        return false;
    }

    private bool AfterTopicMarker(Document document, int segmentStart, CountryReference reference, SegmentReferences references)
    {
        for (var k = reference.TokenStart - 1; k >= Math.Max(segmentStart, reference.TokenStart - MarkerReach); k--)
        {
            if (TokenGaps.Punctuated(document, k + 1, k + 1) || references.Covers(k))
            {
                return false;
            }
            if (_words.TopicMarkers.LongestAt(document.Normalized.Text, document.Tokens, k) is { } marker && marker.TokenEnd <= reference.TokenStart)
            {
                return true;
            }
        }
        return false;
    }
}
