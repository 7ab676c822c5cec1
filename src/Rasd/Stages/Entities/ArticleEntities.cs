using System.Globalization;
using System.Text.RegularExpressions;
using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Stages.Dates;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>The entities one article names, as its stage finds them: mentions over tokens, the persons introduced, their roles.</summary>
internal sealed partial class ArticleEntities(Document document, KnowledgeBase knowledge)
{
    private readonly List<RawMention> _mentions = [];
    // By token: the mention starting there, and whether a mention claims it (indexed, not hashed: asked of nearly every token by every rule).
    private readonly RawMention?[] _byStart = new RawMention?[document.Tokens.Count];
    private readonly bool[] _covered = new bool[document.Tokens.Count];
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonFacts> _persons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _personsByNameWord = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End, int Prefix, GazetteerFiles.StateBody Body)> _stateBodies = [];
    private readonly DateOnly? _published = PublishedDay(document);
    private readonly Dictionary<string, string> _stateBodyCountries = new(StringComparer.Ordinal);
    private readonly List<(int Token, string Kind, string? Country)> _unnamed = [];

    private sealed record RawMention(int TokenStart, int TokenEnd, int Prefix, string Id, EntityType Type, double Confidence, string Method, IReadOnlyList<string> Alternatives);

    public bool IsIntroduced(string id) => _introduced.Contains(id);

    public bool IsMentioned(string id) => _mentions.Any(m => m.Id == id);

    public bool IsCovered(int token) => (uint)token < (uint)_covered.Length && _covered[token];

    private RawMention? StartingAt(int token) => (uint)token < (uint)_byStart.Length ? _byStart[token] : null;

    public (string Id, EntityType Type, int End)? MentionAt(int token) =>
        StartingAt(token) is { } m ? (m.Id, m.Type, m.TokenEnd) : null;

    /// <summary>Whether the mention starting at a token starts after a proclitic of its first word (بوزارة، للرئيس).</summary>
    public bool IsPrefixedAt(int token) => StartingAt(token) is { Prefix: > 0 };

    /// <summary>Whether the mention starting at a token is a state adjective without the article (روسي، أمريكية).</summary>
    public bool IsIndefiniteAdjectiveAt(int token) =>
        StartingAt(token) is { Method: "nisba" } && !document.Tokens[token].Text.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>
    /// Records an unnamed person an indefinite noun introduces (مسؤول أمريكي): a later definite noun
    /// of the same kind and state refers to them, not to anyone named before them.
    /// </summary>
    public void AddUnnamedPerson(int token, string kind, string? country) => _unnamed.Add((token, kind, country));

    /// <summary>The person whose mention ends right before a token, or null.</summary>
    public string? PersonEndingAt(int token) => _mentions.LastOrDefault(m => m.Type == EntityType.Person && m.TokenEnd == token)?.Id;

    /// <summary>Whether the mention starting at a token named a person by surname alone.</summary>
    public bool IsSurnameOnly(int token) => StartingAt(token) is { Type: EntityType.Person } m && m.TokenEnd - m.TokenStart == 1;

    /// <summary>
    /// The one person the article named in full with this word in the name (أنطونوف after أناتولي
    /// أنطونوف, شي after شي جينبينغ), or null when none or several did.
    /// </summary>
    public string? PersonNamedWith(string word) => PersonNamedWith(word.AsSpan());

    /// <inheritdoc cref="PersonNamedWith(string)"/>
    public string? PersonNamedWith(ReadOnlySpan<char> word) =>
        _personsByNameWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var ids) && ids.Count == 1 ? ids.First() : null;

    /// <summary>
    /// Whether any person the article named in full has this word, or a near spelling of it
    /// (جوارديولا after بيب غوارديولا), in the name.
    /// </summary>
    public bool IsNameWordOfAPerson(string word, double nearSimilarity) =>
        _personsByNameWord.ContainsKey(word) || _personsByNameWord.Keys.Any(known => known.Length >= 3 && NameDistance.Similarity(word, known) >= nearSimilarity);

    /// <param name="claimedEnd">
    /// Where the tokens the mention claims for itself end, when it reaches over a mention of its own
    /// (a generic body over the adjective naming its state: وزارة الدفاع الصينية); else its end.
    /// </param>
    public void AddMention(int start, int end, int prefix, string id, EntityType type, double confidence, string method, IReadOnlyList<string> alternatives, int? claimedEnd = null)
    {
        var claimed = claimedEnd ?? end;
        for (var t = start; t < claimed; t++)
        {
            if (_covered[t])
            {
                return;
            }
        }
        var mention = new RawMention(start, end, prefix, id, type, confidence, method, alternatives);
        _mentions.Add(mention);
        _byStart[start] = mention;
        for (var t = start; t < claimed; t++)
        {
            _covered[t] = true;
        }
        if (type != EntityType.Person)
        {
            return;
        }
        if (method is "gazetteer" or "tagger" || (method == "variant" && end - start > 1))
        {
            _introduced.Add(id);
        }
        if (end - start > 1 && alternatives.Count == 0)
        {
            for (var t = start; t < end; t++)
            {
                var word = t == start ? document.Tokens[t].Text[prefix..] : document.Tokens[t].Text;
                if (t + 1 < end && (EntityStage.PatronymicHeads.Contains(word) || word == "ال"))
                {
                    // The بن and آل of a patronymic or a family in the name: words of every other
                    // name, never one person's short form.
                    continue;
                }
                if (!_personsByNameWord.TryGetValue(word, out var ids))
                {
                    _personsByNameWord[word] = ids = new HashSet<string>(StringComparer.Ordinal);
                }
                ids.Add(id);
            }
        }
        if (!_persons.ContainsKey(id))
        {
            _persons[id] = FactsFromOffices(id);
        }
    }

    public void AddStateBody(int start, int end, int prefix, GazetteerFiles.StateBody body) => _stateBodies.Add((start, end, prefix, body));

    /// <summary>Records a role the text gives a person (الرئيس القيرغيزستاني) and what it tells of them.</summary>
    public void AddRole(string personId, string roleText, string kind, string? country, bool feminine)
    {
        if (knowledge.Roles.PrivateKinds.Contains(kind))
        {
            // أستاذة العلاقات الدولية في معهد أمريكي: a private role tells the person's work, not a state they act for.
            country = null;
        }
        if (!_roles.TryGetValue(personId, out var roles))
        {
            _roles[personId] = roles = [];
        }
        if (!roles.Contains(roleText))
        {
            roles.Add(roleText);
        }
        var facts = _persons.GetValueOrDefault(personId);
        if (facts is { Assumed: true })
        {
            _persons[personId] = new PersonFacts(kind, country ?? facts.Country, facts.Feminine ?? feminine);
        }
        else if (facts is not null && (facts.Kind is null || facts.Country is null || facts.Feminine is null))
        {
            _persons[personId] = facts with { Kind = facts.Kind ?? kind, Country = facts.Country ?? country, Feminine = facts.Feminine ?? feminine };
        }
    }

    /// <summary>
    /// The person a role standing alone refers to: the most recently named person whose role fits
    /// (same country when the role names one), else whoever held that office on the publication date.
    /// </summary>
    /// <param name="feminine">A feminine reference (المسؤولة، الوزيرة) never stands for a person the text gave masculine titles, nor the other way round.</param>
    /// <param name="internationalBody">A role serving a body of no state (المتحدث باسم حلف شمال الأطلسي) never stands for a state's official.</param>
    public string? ResolveRole(string kind, string? country, int token, bool feminine = false, bool internationalBody = false)
    {
        // After «مسؤول أمريكي», «المسؤول» is that unnamed official, not someone named before.
        var unnamedAt = _unnamed.Where(u => u.Token < token && u.Kind == kind && (u.Country is null || country is null || u.Country == country))
            .Select(u => u.Token).DefaultIfEmpty(-1).Max();
        var recent = _mentions.Where(m => m.Type == EntityType.Person && m.TokenStart < token && m.TokenStart > unnamedAt
                && (m.Alternatives.Count == 0 || !m.Id.Contains(":ar:", StringComparison.Ordinal) || _persons[m.Id].Kind is not null))
            .OrderByDescending(m => m.TokenStart)
            .Select(m => m.Id)
            .Distinct(StringComparer.Ordinal);
        foreach (var id in recent)
        {
            var facts = _persons[id];
            if (facts.Feminine is { } known && known != feminine || (internationalBody && facts.Country is not null))
            {
                continue;
            }
            if (country is not null && facts.Country is not null && facts.Country != country)
            {
                continue;
            }
            if (country is not null && facts.Country is null)
            {
                continue;
            }
            if (knowledge.Roles.Fits(kind, facts.Kind))
            {
                return id;
            }
        }
        if (country is null || unnamedAt >= 0)
        {
            return null;
        }
        var holders = knowledge.Gazetteer.HoldersOf(kind, country)
            .Where(e => e.Offices.Any(o => o.Kind == kind && o.Country == country && o.HeldOn(_published)))
            .Select(e => e.Id)
            .Take(2)
            .ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    public void AddRoleMention(int start, int end, string personId)
    {
        _mentions.Add(new RawMention(start, end, 0, personId, EntityType.Person, 0.8, "role", []));
        _persons.TryAdd(personId, FactsFromOffices(personId));
    }

    /// <summary>
    /// A name the article gives in full somewhere and cut short elsewhere (كيم جونغ where كيم جونغ
    /// أون is named, شبه الجزيرة after شبه الجزيرة الكورية) is the same entity: a mention of an
    /// unknown name whose words begin a longer name of the same type, known or not, takes that
    /// name's id, and its span grows over the words that complete it where the text has them.
    /// </summary>
    public void RepairPartialNames()
    {
        var names = _mentions.Where(m => m.Method != "role")
            .Select(m => (m.Type, m.Id, Words: Words(m))).DistinctBy(n => n.Id).ToList();
        for (var i = 0; i < _mentions.Count; i++)
        {
            var mention = _mentions[i];
            if (!mention.Id.Contains(":ar:", StringComparison.Ordinal) || mention.Method == "role")
            {
                continue;
            }
            var words = Words(mention);
            var longer = names.Where(n => n.Type == mention.Type && n.Words.Count > words.Count && n.Words.Take(words.Count).SequenceEqual(words, StringComparer.Ordinal)).ToList();
            if (longer.Count != 1)
            {
                continue;
            }
            var full = longer[0];
            var end = mention.TokenEnd;
            while (end - mention.TokenStart < full.Words.Count && end < document.Tokens.Count && !_covered[end]
                && document.Tokens[end].Text == full.Words[end - mention.TokenStart] && !document.PunctuationBetween(end - 1, end))
            {
                _covered[end] = true;
                end++;
            }
            _mentions[i] = mention with { Id = full.Id, TokenEnd = end };
            _byStart[mention.TokenStart] = _mentions[i];
        }
    }

    /// <summary>
    /// A compound given name alone (عبد الله، عبد الرحمن، أبو بكر) is a part of a person's name, not
    /// a name: a mention that the tagger or a title cut there takes the one longer person name of
    /// the article that holds it (وعزا عبد الرحمن after رامي عبد الرحمن), else the word after it
    /// when that word can end a name (عبد الله المطلق), else it is no entity.
    /// </summary>
    public void CompleteCompoundGivenNames(NameEvidence evidence)
    {
        var tokens = document.Tokens;
        var renamed = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Type != EntityType.Person || !mention.Id.Contains(":ar:", StringComparison.Ordinal) || Words(mention) is not { } words || !NameEvidence.IsCompoundGivenName(words))
            {
                continue;
            }
            var holders = _mentions
                .Where(m => m.Type == EntityType.Person && m.TokenEnd - m.TokenStart > words.Count && m.Method != "role")
                .Where(m => Holds(Words(m), words))
                .Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
            if (holders.Count == 1)
            {
                Replace(i, mention with { Id = holders[0] });
                renamed.TryAdd(mention.Id, holders[0]);
                continue;
            }
            var next = mention.TokenEnd;
            if (next < tokens.Count && !_covered[next] && !document.PunctuationBetween(next - 1, next) && Rasd.Text.ArabicLetters.IsWord(tokens[next].Text)
                && !knowledge.FunctionWords.Contains(tokens[next].Text) && evidence.Plausible([.. words, tokens[next].Text], EntityType.Person))
            {
                _covered[next] = true;
                var completed = mention with { Id = EntityStage.UnknownId(EntityType.Person, string.Join(' ', words.Append(tokens[next].Text))), TokenEnd = next + 1 };
                Replace(i, completed);
                renamed.TryAdd(mention.Id, completed.Id);
                continue;
            }
            Remove(i);
            renamed.TryAdd(mention.Id, null);
        }
        // The other mentions the article gave the cut name's id (a surname read as it: المطلق) follow it.
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (renamed.TryGetValue(_mentions[i].Id, out var id) && !NameEvidence.IsCompoundGivenName(Words(_mentions[i])))
            {
                if (id is null)
                {
                    Remove(i);
                }
                else
                {
                    Replace(i, _mentions[i] with { Id = id });
                }
            }
        }
    }

    /// <summary>
    /// Words of one person's name found one by one (ميخائيل، then فاسيلي, each a word of ميخائيل
    /// فاسيلي كوروليف named earlier) that stand side by side with nothing between them are one
    /// mention of that person, as the article wrote it, not several.
    /// </summary>
    public void JoinAdjacentParts()
    {
        var ordered = _mentions.OrderBy(m => m.TokenStart).ToList();
        for (var k = ordered.Count - 1; k > 0; k--)
        {
            var (left, right) = (ordered[k - 1], ordered[k]);
            if (left.Type != EntityType.Person || right.Type != EntityType.Person || left.Method == "role" || right.Method == "role" || left.Id != right.Id || left.TokenEnd != right.TokenStart
                || right.Prefix != 0 || document.PunctuationBetween(left.TokenEnd - 1, right.TokenStart))
            {
                continue;
            }
            // The right part's tokens stay covered, now by the joined mention.
            var joined = left with { TokenEnd = right.TokenEnd, Confidence = Math.Max(left.Confidence, right.Confidence) };
            _mentions.Remove(right);
            _byStart[right.TokenStart] = null;
            Replace(_mentions.IndexOf(left), joined);
            ordered[k - 1] = joined;
        }
    }

    /// <summary>
    /// An unknown name written once with a proclitic glued to it and elsewhere in the article without
    /// (لديبلوماسيين روس and ديبلوماسيين روس, وكلارا فينسترهولم and كلارا فينسترهولم) is one name:
    /// the form with the proclitic takes the bare form's id and leaves the proclitic out of its span.
    /// The article itself shows which letters are the name's own, which statistics cannot for a
    /// name real news has not met.
    /// </summary>
    public void JoinProcliticForms()
    {
        var bare = _mentions.Where(m => m.Id.Contains(":ar:", StringComparison.Ordinal) && m.Method != "role")
            .GroupBy(m => (m.Type, Name: string.Join(' ', Words(m))))
            .ToDictionary(g => g.Key, g => g.First().Id);
        var renamed = new Dictionary<string, (string Id, string Glued, int Prefix)>(StringComparer.Ordinal);
        for (var i = 0; i < _mentions.Count; i++)
        {
            var mention = _mentions[i];
            if (mention.Prefix != 0 || !mention.Id.Contains(":ar:", StringComparison.Ordinal) || mention.Method == "role")
            {
                continue;
            }
            var words = Words(mention);
            var rest = words.Count > 1 ? " " + string.Join(' ', words.Skip(1)) : "";
            foreach (var (stem, prefix) in Clitics.Readings(words[0]))
            {
                if (prefix > 0 && words[0].AsSpan(prefix).SequenceEqual(stem) && bare.TryGetValue((mention.Type, stem + rest), out var id) && id != mention.Id)
                {
                    Replace(i, mention with { Id = id, Prefix = prefix });
                    renamed.TryAdd(mention.Id, (id, words[0], prefix));
                    break;
                }
            }
        }
        // The short forms the article gave the glued name's id (لديبلوماسيين alone) follow it, without the proclitic.
        for (var i = 0; i < _mentions.Count; i++)
        {
            var mention = _mentions[i];
            if (renamed.TryGetValue(mention.Id, out var join))
            {
                var glued = mention.Prefix == 0 && document.Tokens[mention.TokenStart].Text == join.Glued;
                Replace(i, mention with { Id = join.Id, Prefix = glued ? join.Prefix : mention.Prefix });
            }
        }
    }

    /// <summary>
    /// An unknown place or organization whose words begin several known names and the article
    /// never completes (جنوب شبه الجزيرة, with no peninsula named) names none of them: no entity.
    /// </summary>
    public void DropSharedHeads()
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var mention = _mentions[i];
            if (mention.Type is EntityType.Location or EntityType.Org && mention.Id.Contains(":ar:", StringComparison.Ordinal)
                && knowledge.Gazetteer.IsSharedHead(string.Join(' ', Words(mention)), place: mention.Type == EntityType.Location))
            {
                Remove(i);
            }
        }
    }

    private void Remove(int index)
    {
        var mention = _mentions[index];
        _mentions.RemoveAt(index);
        _byStart[mention.TokenStart] = null;
        for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
        {
            _covered[t] = false;
        }
    }

    private void Replace(int index, RawMention mention)
    {
        _mentions[index] = mention;
        _byStart[mention.TokenStart] = mention;
    }

    private static bool Holds(List<string> name, List<string> part)
    {
        for (var start = 0; start + part.Count <= name.Count; start++)
        {
            if (name.Skip(start).Take(part.Count).SequenceEqual(part, StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A mention's folded words, without the proclitic of its first word.</summary>
    private List<string> Words(RawMention mention)
    {
        var words = document.Tokens.Skip(mention.TokenStart).Take(mention.TokenEnd - mention.TokenStart).Select(t => t.Text).ToList();
        words[0] = words[0][mention.Prefix..];
        return words;
    }

    /// <summary>The state a definite nisba adjective at a token names (الفرنسي، الكازاخستانية), or null.</summary>
    private string? StateAdjectiveAt(Gazetteer gazetteer, int token)
    {
        if (token >= document.Tokens.Count || (token > 0 && document.PunctuationBetween(token - 1, token)))
        {
            return null;
        }
        var word = document.Tokens[token].Text;
        if (!word.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        var stem = word[2..];
        return (gazetteer.NisbaStems.GetValueOrDefault(stem) ?? (stem.EndsWith('ه') ? gazetteer.NisbaStems.GetValueOrDefault(stem[..^1]) : null)) is { } entry && entry.Id.StartsWith("country:", StringComparison.Ordinal)
            ? entry.Id
            : null;
    }

    /// <summary>
    /// Generic bodies (وزارة الداخلية) take the country named right after them, else the article's
    /// main country; the state's adjective right after one is part of its mention.
    /// </summary>
    public void ResolveStateBodies(Gazetteer gazetteer)
    {
        var main = _mentions.Where(m => m.Type == EntityType.Country && m.Method != "nisba")
            .GroupBy(m => m.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.TokenStart)).Select(g => g.Key).FirstOrDefault();
        foreach (var (start, end, prefix, body) in _stateBodies)
        {
            var next = _mentions.FirstOrDefault(m => m.Type == EntityType.Country && m.TokenStart >= end && m.TokenStart <= end + 1);
            // مجلس النواب الفرنسي: an adjective that no state mention took, being inside the body's name, still names its state.
            var adjective = next is null ? StateAdjectiveAt(gazetteer, end) : null;
            var country = next?.Id ?? adjective ?? main;
            if (country is null || gazetteer.Find(country) is not { } entry)
            {
                continue;
            }
            var code = entry.Country!;
            var id = gazetteer.StateBodyOf.TryGetValue((code, body.Slug), out var named) ? named.Id : $"org:{Slug(entry.NameEn ?? code)}-{body.Slug}";
            // The adjective right after the body is part of its name (وزارة الدفاع الصينية) and still names its state.
            var nameEnd = next is { Method: "nisba", TokenStart: var nisba } && nisba == end ? next.TokenEnd : adjective is not null ? end + 1 : end;
            AddMention(start, nameEnd, prefix, id, EntityType.Org, 0.8, "state-body", [], claimedEnd: end);
            _stateBodyCountries[id] = code;
        }
    }

    /// <summary>
    /// Gives a public body read from its noun (<see cref="PublicBodyNameReader"/>) the state whose
    /// adjective follows its name (وزارة البترول المصرية): it is that state's body, as a known state
    /// body with its adjective is.
    /// </summary>
    public void ResolvePublicBodyStates(Gazetteer gazetteer)
    {
        foreach (var body in _mentions.Where(m => m.Method == PublicBodyMethod && !_stateBodyCountries.ContainsKey(m.Id)).ToList())
        {
            if (_mentions.FirstOrDefault(m => m.Type == EntityType.Country && m.Method == "nisba" && m.TokenStart == body.TokenEnd) is { } adjective
                && gazetteer.Find(adjective.Id)?.Country is { } code)
            {
                _stateBodyCountries[body.Id] = code;
            }
        }
    }

    /// <summary>The method of a mention the public-body reader made.</summary>
    public const string PublicBodyMethod = "body-head";

    /// <summary>Adds the entity mentions and profiles to the document.</summary>
    public void Emit()
    {
        foreach (var m in _mentions)
        {
            var (start, end) = document.Normalized.ToOriginal(document.Tokens[m.TokenStart].Start + m.Prefix, document.Tokens[m.TokenEnd - 1].End);
            document.Add(new EntityMention(start, end, m.Id, m.Type, m.Confidence) { Method = m.Method, Alternatives = m.Alternatives });
        }
        foreach (var group in _mentions.GroupBy(m => m.Id, StringComparer.Ordinal))
        {
            var entry = knowledge.Gazetteer.Find(group.Key);
            var first = group.OrderBy(m => m.Method == "role" ? 1 : 0).ThenBy(m => m.TokenStart).First();
            var (start, end) = document.Normalized.ToOriginal(document.Tokens[first.TokenStart].Start + first.Prefix, document.Tokens[first.TokenEnd - 1].End);
            var country = first.Type == EntityType.Person ? _persons.GetValueOrDefault(group.Key)?.Country : entry?.Country;
            if (country is null && group.Key.StartsWith("org:", StringComparison.Ordinal))
            {
                country = _stateBodyCountries.GetValueOrDefault(group.Key);
            }
            var feminine = first.Type == EntityType.Person ? _persons.GetValueOrDefault(group.Key)?.Feminine : null;
            var profile = new EntityProfile(group.Key, first.Type, entry?.Name ?? SurfaceName(first), entry?.NameEn)
            {
                Country = country,
                Feminine = feminine,
                // An outlet no data file knows is no state's official agency; a known person acts
                // for a state as the office they are read in does (the one held on the day, else
                // the latest): the head of the UN or of the European Commission speaks for none.
                ActsForState = first.Type == EntityType.Person && OfficeOf(entry) is { } office
                    ? office.ActsForState
                    : entry?.ActsForState ?? first.Type != EntityType.Agency,
            };
            var roles = _roles.GetValueOrDefault(group.Key) ?? [];
            profile.Roles.AddRange(roles.Where(r => !roles.Any(other => other.StartsWith(r + " ", StringComparison.Ordinal))));
            document.Add(profile);
        }
    }

    /// <summary>
    /// A mention's words as written, one space between them: markup between words (روبرت #مولر،
    /// طارق_رمضان) and line breaks are never part of a name.
    /// </summary>
    private string SurfaceName(RawMention mention)
    {
        var words = new List<string>(mention.TokenEnd - mention.TokenStart);
        for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
        {
            var token = document.Tokens[t];
            var (start, end) = document.Normalized.ToOriginal(token.Start + (t == mention.TokenStart ? mention.Prefix : 0), token.End);
            words.Add(document.Text[start..end]);
        }
        return string.Join(' ', words);
    }

    /// <summary>The latest office a person held on the article's day, or null.</summary>
    private GazetteerFiles.Office? HeldOffice(GazetteerEntry? entry) =>
        entry?.Offices.Where(o => o.HeldOn(_published)).OrderByDescending(o => o.From, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The office a person is read in: the one held on the day, else the latest.</summary>
    private GazetteerFiles.Office? OfficeOf(GazetteerEntry? entry) =>
        HeldOffice(entry) ?? entry?.Offices.OrderByDescending(o => o.From, StringComparer.Ordinal).FirstOrDefault();

    private PersonFacts FactsFromOffices(string id)
    {
        var entry = knowledge.Gazetteer.Find(id);
        var held = HeldOffice(entry);
        var office = OfficeOf(entry);
        return new PersonFacts(office?.Kind, office?.Country, FeminineTitle(office?.Role), Assumed: held is null && office is not null);
    }

    /// <summary>Whether an office's Arabic title is feminine (وزيرة، رئيسة، المستشارة): its first word ends in ة; null without a title.</summary>
    private static bool? FeminineTitle(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }
        var head = role.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return head.EndsWith('ة');
    }

    /// <summary>The publication day, or the middle of its month or year when only those are known.</summary>
    private static DateOnly? PublishedDay(Document document) => PublishedAnchor.Parse(document.First<PublicationDate>()?.Value)?.ApproximateDay;

    /// <summary>A lower-case ASCII slug; letters with diacritics keep their base letter (Türkiye → turkiye).</summary>
    internal static string Slug(string english)
    {
        var decomposed = english.Normalize(System.Text.NormalizationForm.FormD);
        var bases = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                bases.Append(c);
            }
        }
        return NonAlphanumeric().Replace(bases.ToString().ToLowerInvariant(), "-").Trim('-');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
