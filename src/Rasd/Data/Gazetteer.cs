using Rasd.Text;
using static Rasd.Data.GazetteerFiles;

namespace Rasd.Data;

/// <summary>
/// Every known entity (countries with nisba adjectives and capitals, cities, places, organizations,
/// agencies, publishers, persons with offices) and a phrase matcher over all their surface forms.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntry> _byId = new(StringComparer.Ordinal);

    public Gazetteer(string dataDirectory)
    {
        _sharedHeads = new(SharedHeads);
        _holders = new(Holders);
        var countries = DataFile.ReadOptional<List<Country>>(dataDirectory, "gazetteer/countries.json", () => []);
        foreach (var country in countries)
        {
            var entry = Add(new GazetteerEntry { Id = $"country:{country.Code}", Type = EntityType.Country, Name = country.Names.FirstOrDefault() ?? country.NameEn, NameEn = country.NameEn, Country = country.Code, Names = country.Names });
            AddForms(entry, country.Names, NameFormKind.Name);
            foreach (var stem in country.Nisba ?? [])
            {
                var folded = ArabicNormalizer.Fold(stem);
                AddForms(entry, ["ال" + folded, "ال" + folded + "ه"], NameFormKind.Nisba);
                NisbaStems[folded] = entry;
            }
            if (country.Capital is { } capital)
            {
                AddPlace(capital with { Country = country.Code }, EntityType.City);
                CapitalOf[capital.Id] = entry;
            }
        }
        foreach (var city in DataFile.ReadOptional<List<Place>>(dataDirectory, "gazetteer/cities.json", () => []))
        {
            AddPlace(city, EntityType.City);
        }
        foreach (var place in DataFile.ReadOptional<List<Place>>(dataDirectory, "gazetteer/locations.json", () => []))
        {
            AddPlace(place, EntityType.Location);
        }
        foreach (var org in DataFile.ReadOptional<List<Organization>>(dataDirectory, "gazetteer/organizations.json", () => []))
        {
            var entry = Add(new GazetteerEntry { Id = org.Id, Type = EntityType.Org, Name = org.Names.FirstOrDefault() ?? org.NameEn, NameEn = org.NameEn, Country = org.Country, Names = org.Names, ActsForState = org.ActsForState });
            AddForms(entry, org.Names, NameFormKind.Name);
            AddForms(entry, org.Acronyms ?? [], NameFormKind.Acronym);
            AddForms(entry, org.AmbiguousNames ?? [], NameFormKind.CreditOnly);
            if (org is { Template: { } template, Country: { } country })
            {
                StateBodyOf[(country, template)] = entry;
            }
        }
        foreach (var agency in DataFile.ReadOptional<List<Agency>>(dataDirectory, "gazetteer/agencies.json", () => []))
        {
            var entry = Add(new GazetteerEntry { Id = agency.Id, Type = EntityType.Agency, Name = agency.Names.FirstOrDefault() ?? agency.NameEn, NameEn = agency.NameEn, Country = agency.Country, Names = agency.Names, Medium = agency.Medium, ActsForState = agency.StateRun });
            AddForms(entry, agency.Names, NameFormKind.Name);
            if (agency.StateRun)
            {
                AddForms(entry, OfficialAgencyForms(agency.Names), NameFormKind.Name);
            }
            AddForms(entry, agency.Latin ?? [], NameFormKind.Acronym);
            AddForms(entry, agency.AmbiguousNames ?? [], NameFormKind.CreditOnly);
        }
        foreach (var publisher in DataFile.ReadOptional<List<Publisher>>(dataDirectory, "gazetteer/publishers.json", () => []))
        {
            var entry = _byId.GetValueOrDefault(publisher.Id)
                ?? Add(new GazetteerEntry { Id = publisher.Id, Type = EntityType.Org, Name = publisher.Patterns[0], Names = publisher.Patterns });
            AddForms(entry, publisher.Patterns, NameFormKind.Name);
            Publishers.Add(entry);
        }
        foreach (var person in DataFile.ReadOptional<List<Person>>(dataDirectory, "gazetteer/persons.json", () => []))
        {
            var entry = Add(new GazetteerEntry { Id = person.Id, Type = EntityType.Person, Name = person.Names.FirstOrDefault() ?? person.NameEn, NameEn = person.NameEn, Offices = person.Offices ?? [], Names = person.Names });
            AddForms(entry, person.Names, NameFormKind.Name);
            AddForms(entry, person.Surnames ?? [], NameFormKind.Surname);
            foreach (var name in person.Names)
            {
                var words = PhraseMatcher<GazetteerForm>.Words(name);
                if (words.Count > 1)
                {
                    if (!GivenNames.TryGetValue(words[0], out var bearers))
                    {
                        GivenNames[words[0]] = bearers = [];
                    }
                    bearers.Add(entry.Id);
                }
            }
        }
        foreach (var shared in DataFile.ReadOptional<List<AmbiguousSurname>>(dataDirectory, "gazetteer/ambiguous-surnames.json", () => []))
        {
            foreach (var id in shared.Ids)
            {
                if (_byId.TryGetValue(id, out var entry))
                {
                    AddForms(entry, [shared.Surname], NameFormKind.Surname);
                }
            }
        }
        StateBodies = DataFile.ReadOptional<List<StateBody>>(dataDirectory, "gazetteer/state-bodies.json", () => []);
    }

    public PhraseMatcher<GazetteerForm> Forms { get; } = new();

    public IReadOnlyCollection<GazetteerEntry> Entries => _byId.Values;

    /// <summary>Nisba stems (normalized, without the article) to their country.</summary>
    public Dictionary<string, GazetteerEntry> NisbaStems { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GazetteerEntry> CapitalOf { get; } = new(StringComparer.Ordinal);

    /// <summary>The entity an indefinite state adjective names (تركي، روسية، سعوديون، and the duals تركيان، روسيتان), or null.</summary>
    public string? StateOfIndefiniteAdjective(string word)
    {
        foreach (var ending in (string[])["ون", "ين", "ان", "تان", "تين", "ات", "ه", ""])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                && NisbaStems.TryGetValue(word[..^ending.Length], out var state))
            {
                return state.Id;
            }
        }
        return null;
    }

    /// <summary>
    /// The first words of the known persons' full names (فلاديمير، سيرغي، صادر), folded, with the
    /// persons who bear each: a given name before a surname says whose surname it is.
    /// </summary>
    public Dictionary<string, HashSet<string>> GivenNames { get; } = new(StringComparer.Ordinal);

    public List<GazetteerEntry> Publishers { get; } = [];

    public IReadOnlyList<StateBody> StateBodies { get; }

    /// <summary>Named state bodies by country and body kind, so that a generic وزارة الخارجية in a Russian context resolves to the named entry.</summary>
    public Dictionary<(string Country, string Template), GazetteerEntry> StateBodyOf { get; } = [];

    public GazetteerEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The persons who held an office of the kind for the country at any time, in the order of
    /// <see cref="Entries"/>: a role mention asks who held it on the article's day, and scanning
    /// every entry for each one was a tenth of the entity stage.
    /// </summary>
    public IReadOnlyList<GazetteerEntry> HoldersOf(string kind, string country) =>
        _holders.Value.TryGetValue((kind, country), out var holders) ? holders : [];

    private readonly Lazy<Dictionary<(string Kind, string Country), List<GazetteerEntry>>> _holders;

    private Dictionary<(string Kind, string Country), List<GazetteerEntry>> Holders()
    {
        var holders = new Dictionary<(string Kind, string Country), List<GazetteerEntry>>();
        foreach (var entry in Entries.Where(e => e.Type == EntityType.Person))
        {
            foreach (var office in entry.Offices.Select(o => (o.Kind, o.Country)).Distinct())
            {
                if (!holders.TryGetValue(office, out var list))
                {
                    holders[office] = list = [];
                }
                list.Add(entry);
            }
        }
        return holders;
    }

    /// <summary>
    /// Whether folded words are the first words of two or more known names of places (شبه الجزيرة:
    /// الكورية، العربية، الإيبيرية) or of two or more known organizations, and no known name
    /// themselves: a head shared by several names, which names none of them alone.
    /// </summary>
    public bool IsSharedHead(string foldedWords, bool place) =>
        (place ? _sharedHeads.Value.Places : _sharedHeads.Value.Organizations).Contains(foldedWords);

    private readonly Lazy<(HashSet<string> Places, HashSet<string> Organizations)> _sharedHeads;

    private (HashSet<string> Places, HashSet<string> Organizations) SharedHeads()
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var heads = new Dictionary<(bool Place, string Head), HashSet<string>>();
        foreach (var (id, forms) in _formsOf)
        {
            var type = _byId[id].Type;
            if (type is not (EntityType.Location or EntityType.City or EntityType.Country or EntityType.Org))
            {
                continue;
            }
            var place = type != EntityType.Org;
            foreach (var (folded, _) in forms)
            {
                named.Add(folded);
                for (var space = folded.IndexOf(' ', StringComparison.Ordinal); space > 0; space = folded.IndexOf(' ', space + 1))
                {
                    var key = (place, folded[..space]);
                    if (!heads.TryGetValue(key, out var ids))
                    {
                        heads[key] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }
                    ids.Add(id);
                }
            }
        }
        var shared = heads.Where(h => h.Value.Count >= 2 && !named.Contains(h.Key.Head)).ToList();
        return (shared.Where(h => h.Key.Place).Select(h => h.Key.Head).ToHashSet(StringComparer.Ordinal),
            shared.Where(h => !h.Key.Place).Select(h => h.Key.Head).ToHashSet(StringComparer.Ordinal));
    }

    public GazetteerEntry? Country(string code) => _byId.GetValueOrDefault($"country:{code}");

    private void AddPlace(Place place, EntityType type)
    {
        var entry = _byId.GetValueOrDefault(place.Id)
            ?? Add(new GazetteerEntry { Id = place.Id, Type = type, Name = place.Names.FirstOrDefault() ?? place.NameEn, NameEn = place.NameEn, Country = place.Country, Names = place.Names });
        AddForms(entry, place.Names, NameFormKind.Name);
    }

    private GazetteerEntry Add(GazetteerEntry entry)
    {
        if (!_byId.TryAdd(entry.Id, entry))
        {
            throw new InvalidDataException($"gazetteer id {entry.Id} is defined twice");
        }
        return entry;
    }

    /// <summary>Every surface form of an entry, folded, with how it names the entry.</summary>
    public IEnumerable<(string Folded, GazetteerForm Form)> FoldedForms(GazetteerEntry entry) =>
        _formsOf.TryGetValue(entry.Id, out var forms) ? forms : [];

    private readonly Dictionary<string, List<(string, GazetteerForm)>> _formsOf = new(StringComparer.Ordinal);

    /// <summary>
    /// A state's news agency named by its state's adjective (وكالة الأنباء السورية) is as often
    /// called official or governmental before the adjective (وكالة الأنباء الرسمية السورية،
    /// وكالة الأنباء الحكومية السورية): the same agency, which the country alone would otherwise take.
    /// </summary>
    private static IEnumerable<string> OfficialAgencyForms(IEnumerable<string> names)
    {
        const string head = "وكالة الأنباء ";
        foreach (var name in names)
        {
            if (name.StartsWith(head, StringComparison.Ordinal) && name[head.Length..] is var adjective && adjective.StartsWith("ال", StringComparison.Ordinal) && !adjective.Contains(' ', StringComparison.Ordinal))
            {
                yield return head + "الرسمية " + adjective;
                yield return head + "الحكومية " + adjective;
            }
        }
    }

    private void AddForms(GazetteerEntry entry, IEnumerable<string> forms, NameFormKind kind)
    {
        foreach (var form in forms)
        {
            var words = PhraseMatcher<GazetteerForm>.Words(form);
            var value = new GazetteerForm(entry, kind);
            Forms.Add(words, value);
            if (!_formsOf.TryGetValue(entry.Id, out var list))
            {
                _formsOf[entry.Id] = list = [];
            }
            list.Add((string.Join(' ', words), value));
        }
    }
}
