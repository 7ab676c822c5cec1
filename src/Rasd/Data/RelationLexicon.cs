using Rasd.Text;

namespace Rasd.Data;

/// <summary>
/// The words the relations stage reads besides country names and interaction cues
/// (data/lexicons/relations.json): the speaker's own country, the article's main pair, how a list
/// of countries is joined, the venue and topic of an event, bloc membership, clause openers, the
/// heads after which a nisba gives a person's nationality, the words of a sporting contest, capitals that stand for institutions, and
/// the state agents after which a nisba adjective stands for its state.
/// </summary>
public sealed class RelationLexicon
{
    public RelationLexicon(RelationFile file)
    {
        FirstPersonCountry = Fold(file.OwnCountry.FirstPerson);
        ThirdPersonCountry = Fold(file.OwnCountry.ThirdPerson);
        Bilateral = PhraseMatcher<string>.Of(file.Bilateral);
        ListJoiners = PhraseMatcher<string>.Of(file.ListJoiners);
        Between = Fold(file.Between);
        NotBetweenBefore = Fold(file.NotBetweenBefore);
        VenuePrepositions = Fold(file.Venue.Prepositions);
        PlaceNouns = Fold(file.Venue.PlaceNouns);
        PartyHeads = Fold(file.Venue.PartyHeads);
        TopicMarkers = PhraseMatcher<string>.Of(file.TopicMarkers);
        TopicHeads = Fold(file.TopicHeads);
        Membership = Fold(file.Membership);
        ClauseOpeners = PhraseMatcher<string>.Of(file.ClauseOpeners);
        NotPartyHeads = Fold(file.NotPartyHeads);
        InstitutionSeats = file.InstitutionSeats.ToHashSet(StringComparer.Ordinal);
        SportContests = Fold(file.SportContests ?? []);
        SportPhrases = PhraseMatcher<string>.Of(file.SportPhrases ?? []);
        AgentNouns = Fold(file.Agents.Nouns.SelectMany(n => new[] { n, "ال" + n }));
        foreach (var (code, plurals) in file.Agents.PeoplePlurals)
        {
            foreach (var plural in plurals.SelectMany(p => new[] { p, "ال" + p }))
            {
                PeoplePlurals[ArabicNormalizer.Fold(plural)] = code;
            }
        }
    }

    public HashSet<string> FirstPersonCountry { get; }

    public HashSet<string> ThirdPersonCountry { get; }

    public PhraseMatcher<string> Bilateral { get; }

    public PhraseMatcher<string> ListJoiners { get; }

    public HashSet<string> Between { get; }

    public HashSet<string> NotBetweenBefore { get; }

    public HashSet<string> VenuePrepositions { get; }

    public HashSet<string> PlaceNouns { get; }

    public HashSet<string> PartyHeads { get; }

    public PhraseMatcher<string> TopicMarkers { get; }

    /// <summary>Nouns for a situation or a file (الأزمة, الملف): a country qualifying one is the topic, not a party.</summary>
    public HashSet<string> TopicHeads { get; }

    public HashSet<string> Membership { get; }

    public PhraseMatcher<string> ClauseOpeners { get; }

    /// <summary>Nouns for a person or a team (النجم, المدرب, الدوري): a nisba after one gives a nationality, not a state that acts.</summary>
    public HashSet<string> NotPartyHeads { get; }

    /// <summary>Ids of capitals that stand for the institutions seated there (بروكسل), not for the host state.</summary>
    public HashSet<string> InstitutionSeats { get; }

    /// <summary>Words of a sentence reporting a sporting contest, where country names stand for teams and venues.</summary>
    public HashSet<string> SportContests { get; }

    /// <summary>
    /// Phrases that make a sentence a sports report as the words of <see cref="SportContests"/> do,
    /// whose words alone read otherwise too (كرة القدم، نصف النهائي، الدوري الإسباني).
    /// </summary>
    public PhraseMatcher<string> SportPhrases { get; }

    /// <summary>Nouns for a state's agents, with and without the article.</summary>
    public HashSet<string> AgentNouns { get; }

    /// <summary>Broken plurals of nisba adjectives (روس, الروس) to the ISO code of their state.</summary>
    public Dictionary<string, string> PeoplePlurals { get; } = new(StringComparer.Ordinal);

    private static HashSet<string> Fold(IEnumerable<string> words) => words.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public sealed record RelationFile(
        OwnCountryWords OwnCountry,
        IReadOnlyList<string> Bilateral,
        IReadOnlyList<string> ListJoiners,
        IReadOnlyList<string> Between,
        IReadOnlyList<string> NotBetweenBefore,
        VenueWords Venue,
        IReadOnlyList<string> TopicMarkers,
        IReadOnlyList<string> TopicHeads,
        IReadOnlyList<string> Membership,
        IReadOnlyList<string> ClauseOpeners,
        IReadOnlyList<string> NotPartyHeads,
        IReadOnlyList<string> InstitutionSeats,
        AgentWords Agents,
        IReadOnlyList<string>? SportContests = null,
        IReadOnlyList<string>? SportPhrases = null);

    public sealed record OwnCountryWords(IReadOnlyList<string> FirstPerson, IReadOnlyList<string> ThirdPerson);

    public sealed record VenueWords(IReadOnlyList<string> Prepositions, IReadOnlyList<string> PlaceNouns, IReadOnlyList<string> PartyHeads);

    public sealed record AgentWords(IReadOnlyList<string> Nouns, Dictionary<string, IReadOnlyList<string>> PeoplePlurals);
}
