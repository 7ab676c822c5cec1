using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Stages.Dates;
using Rasd.Text;

namespace Rasd.Stages.Relations;

/// <summary>
/// Collects the references to countries in a document from the annotations of earlier stages:
/// entity mentions of countries, capitals, officials and state bodies; «our country» inside a
/// quotation, which is the speaker's; and a nisba adjective after a noun for a state's agents
/// (طرد دبلوماسيين روس), which names the state although alone it would name a people.
/// </summary>
public sealed class CountryReferenceFinder
{
    private readonly KnowledgeBase _knowledge;
    private readonly Dictionary<string, string> _nationals = new(StringComparer.Ordinal);

    public CountryReferenceFinder(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        foreach (var (stem, entry) in knowledge.Gazetteer.NisbaStems)
        {
            if (!entry.Id.StartsWith("country:", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var form in new[] { stem, stem + "ه", stem + "ين", stem + "ون", stem + "ان", stem + "تين", stem + "تان" })
            {
                _nationals.TryAdd(form, entry.Id[^2..]);
                _nationals.TryAdd("ال" + form, entry.Id[^2..]);
            }
        }
        foreach (var (plural, code) in knowledge.Relations.PeoplePlurals)
        {
            _nationals.TryAdd(plural, code);
        }
    }

    /// <summary>The references in token order (see <see cref="Outermost"/> for overlaps).</summary>
    public List<CountryReference> Find(Document document)
    {
        var found = new List<CountryReference>();
        var profiles = document.All<EntityProfile>().ToDictionary(p => p.EntityId, StringComparer.Ordinal);
        var day = PublishedAnchor.Parse(document.First<PublicationDate>()?.Value)?.ApproximateDay;
        foreach (var mention in document.All<EntityMention>())
        {
            var (code, kind) = mention.Type switch
            {
                EntityType.Country => (mention.EntityId.StartsWith("country:", StringComparison.Ordinal) ? mention.EntityId["country:".Length..] : null, mention.Method == "nisba" ? ReferenceKind.Nisba : ReferenceKind.Name),
                // A capital stands for its state only as the gazetteer spells it: a near spelling
                // (مالبي for مالابو) is as likely another town no list holds.
                EntityType.City when mention.Method != "variant" => (_knowledge.Gazetteer.CapitalOf.GetValueOrDefault(mention.EntityId)?.Country, ReferenceKind.Capital),
                EntityType.Person => (ActsForCountry(mention.EntityId, day) ? profiles.GetValueOrDefault(mention.EntityId)?.Country : null, ReferenceKind.Official),
                EntityType.Org => (profiles.GetValueOrDefault(mention.EntityId) is { ActsForState: true } body ? body.Country : null, ReferenceKind.Body),
                _ => (null, ReferenceKind.Name),
            };
            if (IsIsoCode(code) && Tokens(document, mention.Start, mention.End) is { } range && !Nationality(document, kind, range.First) && !_knowledge.Relations.InstitutionSeats.Contains(mention.EntityId))
            {
                found.Add(new CountryReference(range.First, range.End, code, kind, range.Prefix));
            }
        }
        OwnCountry(document, profiles, found);
        Nationals(document, found);
        JointAdjectives(document, found);
        WithoutTeams(document, found);
        return Outermost(found);
    }

    /// <summary>
    /// Drops the names, nisbas and capitals of countries in sentences that report a sporting
    /// contest (يواجه المنتخب المصري نظيره السعودي في مونديال روسيا): teams and venues there, not
    /// states. Officials and bodies keep acting for their state in any sentence.
    /// </summary>
    private void WithoutTeams(Document document, List<CountryReference> found)
    {
        if (_knowledge.Relations.SportContests.Count == 0 || found.Count == 0)
        {
            return;
        }
        var tokens = document.Tokens;
        foreach (var sentence in document.All<Segment>().Where(s => s.Kind is SegmentKind.Sentence or SegmentKind.Title))
        {
            var (first, end) = document.TokenRange(sentence.Start, sentence.End);
            if (!found.Exists(r => r.TokenStart >= first && r.TokenEnd <= end && IsTeamOrVenue(r)))
            {
                continue;
            }
            var contest = false;
            for (var t = first; t < end && !contest; t++)
            {
                contest = Clitics.AnyReadingIn(tokens[t].Text, _knowledge.Relations.SportContests)
                    || _knowledge.Relations.SportPhrases.LongestAt(document.Normalized.Text, tokens, t) is { } phrase && phrase.TokenEnd <= end;
            }
            if (contest)
            {
                found.RemoveAll(r => r.TokenStart >= first && r.TokenEnd <= end && IsTeamOrVenue(r));
            }
        }
    }

    /// <summary>The references a sporting contest turns into teams and venues: every kind but officials, bodies and «our country».</summary>
    private static bool IsTeamOrVenue(CountryReference reference) =>
        reference.Kind is ReferenceKind.Name or ReferenceKind.Nisba or ReferenceKind.Capital or ReferenceKind.Nationals;

    /// <summary>
    /// A known person stands for their country only while holding one of its state offices on the
    /// article's date: a former official, the head of an international body (their country is their
    /// nationality), a party or movement leader and a private person do not. A person the gazetteer
    /// does not know keeps the country their title gave them.
    /// </summary>
    private bool ActsForCountry(string personId, DateOnly? day) =>
        _knowledge.Gazetteer.Find(personId) is not { Offices.Count: > 0 } entry || entry.Offices.Any(o => o.ActsForState && o.HeldOn(day));

    /// <summary>Only a state with an ISO 3166 code is a party; a name the tagger proposed as a country (country:ar:…) is not.</summary>
    private static bool IsIsoCode([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);

    /// <summary>A nisba after a noun for a person or a team (النجم الغاني, الدوري الإيطالي) gives a nationality, not a state that acts.</summary>
    private bool Nationality(Document document, ReferenceKind kind, int token) =>
        kind == ReferenceKind.Nisba && token > 0 && Clitics.AnyReadingIn(document.Tokens[token - 1].Text, _knowledge.Relations.NotPartyHeads);

    /// <summary>The tokens an original span overlaps, and how many characters of the first lie before it (its proclitics).</summary>
    public static (int First, int End, int Prefix)? Tokens(Document document, int start, int end)
    {
        var (ns, ne) = document.NormalizedRange(start, end);
        var first = document.LowerBound(ns);
        if (first > 0 && document.Tokens[first - 1].End > ns)
        {
            first--;
        }
        var last = first;
        while (last < document.Tokens.Count && document.Tokens[last].Start < ne)
        {
            last++;
        }
        return last > first ? (first, last, Math.Max(0, ns - document.Tokens[first].Start)) : null;
    }

    private void OwnCountry(Document document, Dictionary<string, EntityProfile> profiles, List<CountryReference> found)
    {
        foreach (var quote in document.All<Quote>().Where(q => q.SpeakerId is not null))
        {
            var code = SpeakerCountry(quote, profiles);
            if (code is null)
            {
                continue;
            }
            var words = quote.Kind == QuoteKind.Direct ? _knowledge.Relations.FirstPersonCountry : _knowledge.Relations.ThirdPersonCountry;
            var (first, end) = document.TokenRange(quote.Start, quote.End);
            for (var k = first; k < end; k++)
            {
                if (Clitics.AnyReadingIn(document.Tokens[k].Text, words))
                {
                    found.Add(new CountryReference(k, k + 1, code, ReferenceKind.OwnCountry));
                }
            }
        }
    }

    /// <summary>
    /// The country a quotation's speaker belongs to or is, when the speaker speaks for it: an
    /// outlet other than its state's official agency speaks for no state (وبحسب وكالة الصحافة
    /// الفرنسية، … اليونان is no France–Greece relation; وذكرت وكالة الأنباء السعودية is Saudi Arabia's account).
    /// </summary>
    public static string? SpeakerCountry(Quote quote, IReadOnlyDictionary<string, EntityProfile> profiles)
    {
        if (quote.SpeakerId is not { } id)
        {
            return null;
        }
        var profile = profiles.GetValueOrDefault(id);
        if (profile is { ActsForState: false })
        {
            return null;
        }
        var code = profile?.Country ?? (id.StartsWith("country:", StringComparison.Ordinal) ? id["country:".Length..] : null);
        return IsIsoCode(code) ? code : null;
    }

    private void Nationals(Document document, List<CountryReference> found)
    {
        var tokens = document.Tokens;
        string? previous = null;
        for (var k = 1; k < tokens.Count; k++)
        {
            var afterAgent = Clitics.AnyReadingIn(tokens[k - 1].Text, _knowledge.Relations.AgentNouns) && !document.PunctuationBetween(k - 1, k);
            var continuesList = previous is not null && tokens[k].Text.StartsWith('و') && !document.PunctuationBetween(k - 1, k);
            previous = null;
            if (!afterAgent && !continuesList)
            {
                continue;
            }
            foreach (var (stem, prefix) in Clitics.Readings(tokens[k].Text))
            {
                if ((prefix == 0 || continuesList) && _nationals.TryGetValue(stem, out var code))
                {
                    found.Add(new CountryReference(k, k + 1, code, ReferenceKind.Nationals, prefix));
                    previous = code;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Two nisba adjectives of different states side by side or joined by a hyphen qualify a joint
    /// thing even when indefinite (مناورة روسية - بيلاروسية, شراكة روسية صينية), where alone they
    /// would name a people; both then stand for their states.
    /// </summary>
    private void JointAdjectives(Document document, List<CountryReference> found)
    {
        var tokens = document.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (_nationals.TryGetValue(tokens[k].Text, out var left) && _nationals.TryGetValue(tokens[k + 1].Text, out var right) && left != right
                && TokenGaps.OnlySpacesOrHyphens(document, k + 1))
            {
                found.Add(new CountryReference(k, k + 1, left, ReferenceKind.Nisba));
                found.Add(new CountryReference(k + 1, k + 2, right, ReferenceKind.Nisba));
            }
        }
    }

    /// <summary>
    /// Of references to one country that overlap, the outermost (الرئيس الصيني over الصيني); a
    /// reference to another country inside a longer one is kept beside it (سفير موسكو لدى بريطانيا).
    /// </summary>
    private static List<CountryReference> Outermost(List<CountryReference> found)
    {
        var kept = new List<CountryReference>();
        // Taken in start order, a reference overlaps a kept one of its country exactly when it starts before the furthest end kept for that country.
        var furthestEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in found.OrderBy(r => r.TokenStart).ThenByDescending(r => r.TokenEnd - r.TokenStart))
        {
            if (furthestEnd.TryGetValue(reference.Code, out var end) && reference.TokenStart < end && reference.TokenEnd > reference.TokenStart)
            {
                continue;
            }
            kept.Add(reference);
            furthestEnd[reference.Code] = Math.Max(end, reference.TokenEnd);
        }
        return kept;
    }
}
