using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Entities;

/// <summary>
/// Recognizes persons, countries, cities, places, organizations and agencies in every line of the
/// article (navigation and counters aside) and resolves each mention to one id:
/// gazetteer forms first (longest match, proclitics allowed on the first word), then unseen
/// spellings through the name skeleton and weighted distance, then short forms against the full
/// names the article introduced, then titles and roles (recorded as roles before a name, resolved
/// to a person when they stand alone), then generic state bodies to the country in context.
/// Nisba adjectives count as the state only where they qualify a state thing. Ambiguity is
/// reported through the mention's alternatives, never guessed.
/// </summary>
public sealed class EntityStage(KnowledgeBase knowledge, INameTagger? tagger = null) : IPipelineStage
{
    private const double FuzzyFloor = 0.8;
    private const double UnintroducedSurnameFloor = 0.88;

    /// <summary>A short first word (شي، جون) says little: the rest of the name must be near the known one.</summary>
    private const double ShortOpeningFloor = 0.88;
    private const double AmbiguityMargin = 0.03;
    private const double SingleWordPlaceFloor = 0.9;
    private const double PlaceAfterTitleFloor = 0.85;
    private const int MaxUnknownNameWords = 4;

    /// <summary>
    /// Consonants a single word's skeleton needs before sharing it says anything: بيير and بايرو
    /// both reduce to بر, as do dozens of unrelated words and names.
    /// </summary>
    private const int MinSingleWordSkeleton = 3;

    /// <summary>How often real news must have met a word, and how much of it inside persons' names, for it alone after a reporting verb to be the speaker's name.</summary>
    private const int OneWordSpeakerOccurrences = 5;
    private const double OneWordSpeakerPersonShare = 0.6;

    /// <summary>How many words after a speaker's name no news used the reported clause may open within (وقال X في مدونته إن).</summary>
    private const int UnmetSpeakerClauseReach = 4;

    /// <summary>How near a word must be to a word of a person the article named in full to be a spelling of it rather than another speaker.</summary>
    private const double OneWordSpeakerNearSpelling = 0.8;
    private const int GivenNameTrustedOccurrences = 20;
    private readonly Gazetteer _gazetteer = knowledge.Gazetteer;
    private readonly NameEvidence _evidence = new(knowledge);
    private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _givenNames = knowledge.Gazetteer.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _reportingVerbs = knowledge.Reporting.Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _presentForms = knowledge.Reporting.PresentForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _adjectiveNames = knowledge.Nisba.AdjectiveNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly PhraseMatcher<GazetteerFiles.StateBody> _stateBodies = BuildStateBodies(knowledge.Gazetteer);

    public string Name => "entities";

    public void Process(Document document)
    {
        var article = new ArticleEntities(document, knowledge);
        var regions = Regions(document);
        var creditLines = document.All<TextLine>().Where(l => l.Boilerplate is Boilerplate.SourceCredit or Boilerplate.PublisherSignature or Boilerplate.PhotoCredit).ToList();
        var tags = tagger is null ? [] : TagTokens(document);
        var tagged = tags.Where(t => t.Value.EndsWith("PER", StringComparison.Ordinal)).Select(t => t.Key).ToHashSet();
        foreach (var (start, end) in regions)
        {
            var (first, last) = document.TokenRange(start, end);
            NamePass(document, article, first, last, creditLines, tagged, tags);
        }
        foreach (var (start, end) in regions)
        {
            var (first, last) = document.TokenRange(start, end);
            QuotedNames(document, article, first, last);
            SpeakerNames(document, article, first, last, tags);
        }
        foreach (var (start, end) in regions)
        {
            var (first, last) = document.TokenRange(start, end);
            new RoleReader(knowledge, document, article).Read(first, last);
        }
        foreach (var (start, end) in regions)
        {
            var (first, last) = document.TokenRange(start, end);
            BareSurnames(document, article, first, last);
        }
        article.RepairPartialNames();
        foreach (var (start, end) in regions)
        {
            var (first, last) = document.TokenRange(start, end);
            OneWordSpeakerNames(document, article, first, last);
        }
        article.CompleteCompoundGivenNames(_evidence);
        article.JoinProcliticForms();
        article.JoinAdjacentParts();
        article.DropSharedHeads();
        article.ResolveStateBodies(_gazetteer);
        article.ResolvePublicBodyStates(_gazetteer);
        article.Emit();
    }

    /// <summary>
    /// Where names are looked for: the title, a dateline line, the body as one run (so that a name
    /// wrapped onto the next line is still one name), and every framing line that may name an
    /// entity (credits, signatures), but not navigation menus, counters or blank lines.
    /// </summary>
    private static List<(int Start, int End)> Regions(Document document)
    {
        var segments = document.All<Segment>();
        var regions = segments.Where(s => s.Kind is SegmentKind.Title or SegmentKind.Body or SegmentKind.Dateline)
            .Select(s => (s.Start, s.End)).ToList();
        regions.RemoveAll(r => regions.Any(o => o != r && o.Start <= r.Start && r.End <= o.End));
        foreach (var line in document.All<TextLine>())
        {
            if (line.Boilerplate is not (Boilerplate.LanguageMenu or Boilerplate.Counter or Boilerplate.Blank) && !regions.Any(r => r.Start <= line.Start && line.End <= r.End))
            {
                regions.Add((line.Start, line.End));
            }
        }
        return [.. regions.OrderBy(r => r.Start)];
    }

    private void NamePass(Document document, ArticleEntities article, int first, int end, IReadOnlyList<TextLine> creditLines, HashSet<int> tagged, Dictionary<int, string> tags)
    {
        var tokens = document.Tokens;
        var normalized = document.Normalized.Text;
        var afterTitle = TitleEnds(document, first, end);
        var bodies = new PublicBodyNameReader(knowledge, document, article, _evidence);
        var landforms = new LandformNameReader(knowledge, document, article, _gazetteer.Forms);
        var i = first;
        while (i < end)
        {
            var match = _gazetteer.Forms.LongestAt(normalized, tokens, i);
            var body = _stateBodies.LongestAt(normalized, tokens, i);
            if (body is not null && body.TokenEnd <= end && (match is null || body.TokenEnd > match.TokenEnd))
            {
                article.AddStateBody(body.TokenStart, body.TokenEnd, body.PrefixLength, body.Values[0]);
                i = body.TokenEnd;
                continue;
            }
            if (match is not null && match.TokenEnd <= end && Accept(document, article, match, OnCreditLine(document, creditLines, i), tagged) is { } accepted)
            {
                article.AddMention(match.TokenStart, match.TokenEnd, match.PrefixLength, accepted.Id, accepted.Type, accepted.Confidence, accepted.Method, accepted.Alternatives);
                i = match.TokenEnd;
                continue;
            }
            if (NameCandidate(document, i, tagged, afterTitle) is { } candidate && Fuzzy(document, article, i, end, candidate, tagged) is { } fuzzy)
            {
                article.AddMention(i, fuzzy.End, fuzzy.Prefix, fuzzy.Id, fuzzy.Type, fuzzy.Confidence, "variant", fuzzy.Alternatives);
                i = fuzzy.End;
                continue;
            }
            // A sea's or an island's noun opens a place's name, whatever the tagger made of it (جزر سوندا is no person).
            if (Landform(document, landforms, i, end) is { } landform)
            {
                article.AddMention(i, landform.End, landform.Prefix, landform.Id, landform.Type, landform.Confidence, landform.Method, []);
                i = landform.End;
                continue;
            }
            if (tagged.Contains(i) && Unknown(document, article, i, end, tagged) is { } unknown)
            {
                article.AddMention(i, unknown.End, unknown.Prefix, unknown.Id, unknown.Type, unknown.Confidence, unknown.Method, []);
                i = unknown.End;
                continue;
            }
            if (GivenNamePerson(document, article, i, end, tagged) is { } given)
            {
                article.AddMention(i, given.End, given.Prefix, given.Id, given.Type, given.Confidence, given.Method, []);
                i = given.End;
                continue;
            }
            if (LongerOf(UnknownBodyOrPlace(document, article, i, end, tags), PublicBody(document, bodies, i, end)) is { } place)
            {
                article.AddMention(i, place.End, place.Prefix, place.Id, place.Type, place.Confidence, place.Method, []);
                i = place.End;
                continue;
            }
            i++;
        }
    }

    /// <summary>Whether the token stands on a credit or signature line (asked only where a known form starts).</summary>
    private static bool OnCreditLine(Document document, IReadOnlyList<TextLine> creditLines, int token)
    {
        if (creditLines.Count == 0)
        {
            return false;
        }
        var start = document.Normalized.ToOriginal(document.Tokens[token].Start, document.Tokens[token].End).Start;
        foreach (var line in creditLines)
        {
            if (line.Contains(start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a country's name that is also an indefinite adjective (مالي «financial») names the
    /// country where it stands: after a proclitic, a function word or punctuation, after a definite
    /// or a feminine word, whose adjective would be المالي or مالية (الرئيس الفرنسي مالي، حكومة
    /// مالي), or after a noun it completes as its genitive (رئيس مالي، شمال مالي); right after any
    /// other word it is the adjective (دعم مالي، خبير مالي).
    /// </summary>
    private bool NamesCountryNotAdjective(Document document, PhraseMatch<GazetteerForm> match)
    {
        var token = match.TokenStart;
        if (match.PrefixLength > 0 || token == 0 || document.PunctuationBetween(token - 1, token))
        {
            return true;
        }
        var before = document.Tokens[token - 1].Text;
        return knowledge.FunctionWords.Contains(before) || before.StartsWith("ال", StringComparison.Ordinal) || (before.Length > 2 && before[^1] == 'ه')
            || Clitics.AnyReadingIn(before, knowledge.Nisba.CountryHeads);
    }

    private sealed record Resolution(string Id, EntityType Type, double Confidence, string Method, IReadOnlyList<string> Alternatives, int End = 0, int Prefix = 0);

    private Resolution? Accept(Document document, ArticleEntities article, PhraseMatch<GazetteerForm> match, bool creditLine, HashSet<int> tagged)
    {
        var tokens = document.Tokens;
        var candidates = new List<GazetteerForm>();
        foreach (var form in match.Values)
        {
            var ok = form.Kind switch
            {
                NameFormKind.CreditOnly => creditLine || FollowsOutletNoun(document, match.TokenStart),
                NameFormKind.Nisba => NamesTheState(document, article, match, tagged),
                NameFormKind.Name when form.Entry.Type == EntityType.Country && match.TokenEnd == match.TokenStart + 1
                    && _adjectiveNames.Contains(tokens[match.TokenStart].Text.AsSpan(match.PrefixLength)) => NamesCountryNotAdjective(document, match),
                _ => true,
            };
            if (ok)
            {
                candidates.Add(form);
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var surnames = candidates.Where(c => c.Kind == NameFormKind.Surname).ToList();
        if (surnames.Count == candidates.Count && GivenNameBefore(document, match.TokenStart) is { } given)
        {
            // A given name before a surname says whose it is: فلاديمير جباروف is not Sadyr Japarov.
            surnames.RemoveAll(c => !Bears(given, c.Entry));
            candidates.RemoveAll(c => c.Kind == NameFormKind.Surname && !Bears(given, c.Entry));
            if (candidates.Count == 0)
            {
                return null;
            }
        }
        if (surnames.Count == candidates.Count)
        {
            var introduced = surnames.Where(s => article.IsIntroduced(s.Entry.Id)).ToList();
            if (introduced.Count == 1)
            {
                return new Resolution(introduced[0].Entry.Id, EntityType.Person, 1.0, "short-form", []);
            }
            if (surnames.Count == 1)
            {
                return new Resolution(surnames[0].Entry.Id, EntityType.Person, 0.85, "surname", []);
            }
            // The id is the surname as known, without the proclitic the text put on it (للمالكي is المالكي).
            var words = tokens.Skip(match.TokenStart).Take(match.TokenEnd - match.TokenStart).Select(t => t.Text).ToList();
            words[0] = NameEvidence.WithoutProclitic(words[0], match.PrefixLength);
            var text = string.Join(' ', words);
            return new Resolution(UnknownId(EntityType.Person, text), EntityType.Person, 0.5, "ambiguous-surname", surnames.Select(s => s.Entry.Id).Distinct().ToList());
        }
        var chosen = candidates.Where(c => c.Kind != NameFormKind.Surname)
            .OrderByDescending(c => article.IsMentioned(c.Entry.Id))
            .ThenBy(c => TypePreference(c.Entry.Type))
            .First();
        var others = candidates.Select(c => c.Entry.Id).Where(id => id != chosen.Entry.Id).Distinct().ToList();
        var method = chosen.Kind switch { NameFormKind.Nisba => "nisba", NameFormKind.Acronym => "acronym", _ => "gazetteer" };
        return new Resolution(chosen.Entry.Id, chosen.Entry.Type, others.Count == 0 ? 1.0 : 0.7, method, others);
    }

    /// <summary>An unseen spelling of a known person or place: the best fuzzy match over one to three words.</summary>
    private Resolution? Fuzzy(Document document, ArticleEntities article, int i, int end, CandidateReason reason, HashSet<int> tagged)
    {
        var tokens = document.Tokens;
        var given = GivenNameBefore(document, i);
        for (var length = Math.Min(3, end - i); length >= 1; length--)
        {
            foreach (var (stem, prefix) in Clitics.Readings(tokens[i].Text))
            {
                // One proclitic at most, and none off a word that is a given name as written
                // (فلاديمير is not ف + ل + اديمير).
                if (prefix > 1 || (prefix > 0 && (_gazetteer.GivenNames.ContainsKey(tokens[i].Text) || tokens[i].Text[0] is 'ف' or 'ك')))
                {
                    // ف and ك before a name are more often its own letters (كريستوف، فرانسوا) than a proclitic.
                    break;
                }
                var words = new List<string>(length) { stem };
                for (var w = i + 1; w < i + length; w++)
                {
                    words.Add(tokens[w].Text);
                }
                if (!words.TrueForAll(AllLetters) || (length == 1 && stem.Length < 4) || document.PunctuationBetween(i, i + length - 1))
                {
                    continue;
                }
                if (reason == CandidateReason.NameShape && !HasNameEnding(stem))
                {
                    continue;
                }
                var firstGiven = KnownGivenNameIn(tokens[i].Text);
                var shortSkeleton = length == 1 && NameSkeleton.Of(stem).Length < MinSingleWordSkeleton;
                var known = knowledge.FuzzyNames.Lookup(string.Join(' ', words), FuzzyFloor);
                bool? runsOn = null;
                var matches = new List<FuzzyMatch>(known.Count);
                for (var k = 0; k < known.Count; k++)
                {
                    if (IsNearSpelling(known[k]))
                    {
                        matches.Add(known[k]);
                    }
                }
                bool IsNearSpelling(FuzzyMatch m) =>
                    (length > 1 || !(_evidence.OrdinaryFor(stem, m.Form.Entry.Type) || _evidence.SpelledItsOwnWay(stem, m.KnownForm)))
                    // A near spelling of a name of several words is near word by word: إيمانويل مارسيني
                    // shares a given name with إيمانويل ماكرون and is another man, سان برونو is not سان مارينو.
                    && (length == 1 || WordsNear(words, m.KnownForm))
                    // A word of a person the article named in full refers back to that person (ميلانيا after ميلانيا ترامب is not ميلانو).
                    && (length > 1 || article.PersonNamedWith(stem) is not { } named || named == m.Form.Entry.Id)
                    && (m.Form.Entry.Type == EntityType.Person || length == 1 || (firstGiven is null && !words.Exists(knowledge.FunctionWords.Contains)))
                    && (m.Form.Kind == NameFormKind.Name || m.Similarity >= UnintroducedSurnameFloor || article.IsIntroduced(m.Form.Entry.Id))
                    && (reason is not (CandidateReason.NameShape or CandidateReason.ShortOpening) || m.Form.Entry.Type == EntityType.Person)
                    // A word of a person's name the tagger read over several words is no place (كريستوف هونوري is not هونيارا).
                    && (length > 1 || m.Form.Entry.Type == EntityType.Person || !(tagged.Contains(i - 1) || tagged.Contains(i + 1)))
                    // A surname ends a name: a word the tagger reads as going on into another (ميلاني كوكس) is no surname.
                    && (length > 1 || m.Form.Kind != NameFormKind.Surname || !tagged.Contains(i + 1))
                    && (reason != CandidateReason.ShortOpening || m.Similarity >= ShortOpeningFloor)
                    && (length > 1 || (m.SameSkeleton && !shortSkeleton))
                    && (m.Form.Entry.Type != EntityType.Person || (length > 1 ? firstGiven is null || Bears(firstGiven, m.Form.Entry) : given is null || Bears(given, m.Form.Entry)))
                    // A near spelling of a person's name of several words that runs on into more
                    // words of a name is another person's (محمد بن سليمان الشويمان is not محمد بن سلمان).
                    && (m.Form.Entry.Type != EntityType.Person || length == 1 || !(runsOn ??= NameRunsOn(document, article, i, i + length, end)))
                    && (m.Form.Entry.Type != EntityType.Person || !NamesAnotherFather(words, m.KnownForm))
                    && (m.Form.Entry.Type == EntityType.Person || length > 1
                        || (m.Similarity >= (reason == CandidateReason.AfterTitle ? PlaceAfterTitleFloor : SingleWordPlaceFloor) && !MostlyAPerson(stem)));
                if (matches.Count == 0)
                {
                    continue;
                }
                var best = matches[0];
                var rivals = matches.Where(m => m.Form.Entry.Id != best.Form.Entry.Id && best.Similarity - m.Similarity < AmbiguityMargin)
                    .Select(m => m.Form.Entry.Id).Distinct().ToList();
                if (rivals.Count > 0 && !article.IsIntroduced(best.Form.Entry.Id))
                {
                    if (best.Form.Entry.Type is EntityType.Country or EntityType.City)
                    {
                        // Countries are ISO codes and cities English slugs: an unseen spelling two
                        // of them fit equally is no mention of either, and gets no made-up id.
                        continue;
                    }
                    var text = string.Join(' ', words);
                    return new Resolution(UnknownId(best.Form.Entry.Type, text), best.Form.Entry.Type, 0.5, "variant", [best.Form.Entry.Id, .. rivals], i + length, prefix);
                }
                return new Resolution(best.Form.Entry.Id, best.Form.Entry.Type, Math.Round(best.Similarity, 3), "variant", [], i + length, prefix);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the name from token <paramref name="first"/> goes on to the token at <paramref name="stop"/>
    /// as the tagger reads it: a tagged word in the same script, no punctuation, no known body and
    /// no «and» before the next person between.
    /// </summary>
    private bool ContinuesTaggedName(Document document, ArticleEntities article, int first, int stop, int end, HashSet<int> tagged)
    {
        var tokens = document.Tokens;
        return stop < end && tagged.Contains(stop) && NameWords(tokens, first, stop) < MaxUnknownNameWords && !article.IsCovered(stop) && !document.PunctuationBetween(stop - 1, stop)
            && !UnknownNameReader.KnownBodyAt(_gazetteer, document, stop) && ArabicLetters.IsWord(tokens[stop].Text) == ArabicLetters.IsWord(tokens[first].Text)
            && !_evidence.StartsAnotherPerson(document, stop)
            // لبكي وجهاد حجيلي after نادين لبكي: «and» after a word of a person named in full starts the next person.
            && !(tokens[stop].Text.Length > 3 && tokens[stop].Text[0] == 'و' && article.PersonNamedWith(tokens[stop - 1].Text) is not null);
    }

    /// <summary>
    /// The words of a name between two tokens that are more than the head of a compound: a
    /// patronymic chain (حمدان بن محمد بن راشد آل مكتوم) counts its names, not its بن and آل.
    /// </summary>
    private static int NameWords(IReadOnlyList<Token> tokens, int first, int stop)
    {
        var count = 0;
        for (var k = first; k < stop; k++)
        {
            count += UnknownNameReader.CompoundHeads.Contains(tokens[k].Text) ? 0 : 1;
        }
        return count;
    }

    /// <summary>A name the tagger found and no data file knows: a new id from its normalized form.</summary>
    private Resolution? Unknown(Document document, ArticleEntities article, int i, int end, HashSet<int> tagged)
    {
        var tokens = document.Tokens;
        var stop = i + 1;
        while (ContinuesTaggedName(document, article, i, stop, end, tagged))
        {
            stop++;
        }
        if (stop < end && stop - i >= 1 && !article.IsCovered(stop) && !document.PunctuationBetween(stop - 1, stop) && knowledge.Roles.SurnameClosingWords.Contains(tokens[stop].Text))
        {
            // فرهاد رستمي زاده، أحمد داود أوغلو: the last part of a surname written apart.
            stop++;
        }
        // محمد بن نواف بن …: the head the tagger's run stopped on belongs to words it did not reach.
        stop = UnknownNameReader.WithoutTrailingHeads(tokens, i + 2, stop);
        var words = tokens.Skip(i).Take(stop - i).Select(t => t.Text).ToList();
        if (words.Any(w => _gazetteer.NisbaStems.ContainsKey(w) || !ArabicLetters.IsWord(w)))
        {
            return null;
        }
        var prefix = _evidence.ProcliticLength(words[0], EntityType.Person);
        if (prefix == 0 && words[0].Length > 3 && words[0][0] == 'و' && article.PersonEndingAt(i) is not null && _evidence.MayBeConjunctionAndName(words[0]))
        {
            // لبكي وجهاد حجيلي: right after a person, و is «and», unless the word is a name of its own (وليد).
            prefix = 1;
        }
        words[0] = NameEvidence.WithoutProclitic(words[0], prefix);
        if (!_evidence.Plausible(words, EntityType.Person))
        {
            return null;
        }
        var text = string.Join(' ', words);
        if (stop - i < 2)
        {
            var introduced = article.PersonNamedWith(text) is { } named && named.Contains(":ar:", StringComparison.Ordinal) ? named : null;
            return introduced is null ? null : new Resolution(introduced, EntityType.Person, 0.7, "short-form", [], stop, prefix);
        }
        return new Resolution(UnknownId(EntityType.Person, text), EntityType.Person, 0.6, "tagger", [], stop, prefix);
    }

    /// <summary>
    /// A person no data file knows, named from a known given name on (فلاديمير زاباروف، وسيرغي
    /// ريابكوف): the given name says a person's name starts here, whatever the tagger made of it.
    /// The name runs on through the words the tagger reads as a person's name after its own last
    /// word (علي بن عمير الشهراني, where the corpus alone would stop before a surname that is also a
    /// word), but not through a word real news uses as an ordinary word (محمد سلامة فيديو).
    /// </summary>
    private Resolution? GivenNamePerson(Document document, ArticleEntities article, int i, int end, HashSet<int> tagged)
    {
        if (_evidence.GivenNameAt(document, i) is not int prefix
            || new UnknownNameReader(knowledge, document, article).NameEnd(i, end, firstIsName: true) is not int stop)
        {
            return null;
        }
        var read = stop;
        while (tagged.Contains(stop - 1) && ContinuesTaggedName(document, article, i, stop, end, tagged) && !_evidence.OrdinaryFor(document.Tokens[stop].Text, EntityType.Person))
        {
            stop++;
        }
        stop = UnknownNameReader.WithoutTrailingHeads(document.Tokens, read, stop);
        var words = document.Tokens.Skip(i).Take(stop - i).Select(t => t.Text).ToList();
        words[0] = words[0][prefix..];
        return new Resolution(UnknownId(EntityType.Person, string.Join(' ', words)), EntityType.Person, 0.6, "given-name", [], stop, prefix);
    }

    /// <summary>Whether real news uses a word mostly inside a person's name (ديلان): no near spelling of a place then.</summary>
    private bool MostlyAPerson(string word) =>
        knowledge.WordNames.Of(word) is { Occurrences: >= GivenNameTrustedOccurrences } counts && counts.AsPerson > counts.AsPlace + counts.AsOrganization;

    /// <summary>The known given name right before a token (no punctuation between), read without one proclitic, or null.</summary>
    private string? GivenNameBefore(Document document, int token)
    {
        if (token == 0 || document.PunctuationBetween(token - 1, token))
        {
            return null;
        }
        var word = document.Tokens[token - 1].Text;
        return _evidence.GivenNameAt(document, token - 1) is int prefix ? word[prefix..] : null;
    }

    /// <summary>The words after which a name gives the father's (بن، ابن، بنت).</summary>
    internal static readonly HashSet<string> PatronymicHeads = ["بن", "ابن", "بنت"];

    /// <summary>
    /// Whether a spelling names another father than the known form in its place: after بن the word
    /// is a given name, and a given name the gazetteer knows in its own right is no misspelling of
    /// another (محمد بن سليمان is not محمد بن سلمان).
    /// </summary>
    private bool NamesAnotherFather(IReadOnlyList<string> words, string knownForm)
    {
        if (!words.Take(words.Count - 1).Any(PatronymicHeads.Contains))
        {
            return false;
        }
        var known = knownForm.Split(' ');
        if (known.Length != words.Count)
        {
            return false;
        }
        for (var w = 1; w < words.Count; w++)
        {
            if (PatronymicHeads.Contains(words[w - 1]) && words[w] != known[w] && _gazetteer.GivenNames.ContainsKey(words[w]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a name read from the token on, as a name no data file knows, goes on past
    /// <paramref name="stop"/>; a known name starting there is the next entity, not more of this one
    /// (بنيامين نتنياهو ترامب).
    /// </summary>
    private bool NameRunsOn(Document document, ArticleEntities article, int start, int stop, int end) =>
        stop < end && !document.PunctuationBetween(stop - 1, stop) && _gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, stop) is null
        && new UnknownNameReader(knowledge, document, article).NameEnd(start, end, firstIsName: true) is int nameEnd && nameEnd > stop;

    /// <summary>
    /// Whether each word of a spelling is near the known form's word in its place, or, where the
    /// two count their words differently, the last words are (the surname, the distinctive word).
    /// </summary>
    private static bool WordsNear(IReadOnlyList<string> words, string knownForm)
    {
        var known = knownForm.Split(' ');
        if (known.Length != words.Count)
        {
            return WordNear(words[^1], known[^1]);
        }
        for (var w = 0; w < words.Count; w++)
        {
            if (!WordNear(words[w], known[w]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a word of a spelling is near the known word: the same skeleton, or near in spelling
    /// with a skeleton that differs by one letter more or less (جونغ، جون) or by one of the swaps
    /// transliteration makes between languages (شتولتنبرغ، ستولتنبرغ; دمرداش، دميرتاش), never
    /// by any other letter for another: that makes another name (كريوكوف is not كوبياكوف، سلطان is
    /// not سلمان).
    /// </summary>
    private static bool WordNear(string word, string knownWord)
    {
        var (skeleton, knownSkeleton) = (NameSkeleton.Of(word), NameSkeleton.Of(knownWord));
        return skeleton == knownSkeleton
            || (NameDistance.SimilarityAtLeast(word, knownWord, FuzzyFloor) is not null && OneLetterApart(skeleton, knownSkeleton));
    }

    /// <summary>Letters one language's transliteration writes where another's writes the other (German St, Turkish t).</summary>
    private static readonly (char, char)[] TransliterationSwaps = [('س', 'ش'), ('ت', 'د')];

    /// <summary>Whether one skeleton is the other with one letter more, or with one letter swapped as transliteration swaps it.</summary>
    private static bool OneLetterApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var differences = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return differences is [var at] && TransliterationSwaps.Any(swap => (a[at], b[at]) == swap || (b[at], a[at]) == swap);
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        if (longer.Length != shorter.Length + 1)
        {
            return false;
        }
        for (var i = 0; i < longer.Length; i++)
        {
            if (longer.Remove(i, 1) == shorter)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The known given name a word reads as, as written or without one proclitic (ومحمد → محمد),
    /// or null: a near spelling of a name must bear it, whichever reading the match was made from.
    /// </summary>
    private string? KnownGivenNameIn(string word)
    {
        foreach (var reading in Clitics.SpanReadings(word))
        {
            if (reading.PrefixLength <= 1 && _givenNames.ContainsKey(reading.Stem))
            {
                return reading.StemText();
            }
        }
        return null;
    }

    /// <summary>Whether a person bears a given name; an entry whose full names the gazetteer does not split bears none.</summary>
    private bool Bears(string givenName, GazetteerEntry entry) =>
        _gazetteer.GivenNames.TryGetValue(givenName, out var bearers) && bearers.Contains(entry.Id);

    /// <summary>
    /// A name in quotation marks right after the noun that heads an outlet or an organization
    /// (صحيفة "ميرور"، شركة «فانكور نفط»، حزب «الخير»): a name of that kind, whatever its words, since
    /// the marks close it. Only Arabic words up to the closing mark, six at most, none already named.
    /// </summary>
    private void QuotedNames(Document document, ArticleEntities article, int first, int end)
    {
        var tokens = document.Tokens;
        var text = document.Normalized.Text;
        // The tokens an opening mark stands right before: a quoted name can only start there.
        var opened = new HashSet<int>();
        for (var k = first + 1; k < end; k++)
        {
            if (text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim() is ['«' or '"' or '“'])
            {
                opened.Add(k);
            }
        }
        var lastOpened = opened.Count == 0 ? -1 : opened.Max();
        for (var i = first; i < lastOpened; i++)
        {
            // A definite noun (الصحيفة "كيف تصف نفسك") refers back to an outlet already named: what follows it is no name.
            var outlet = knowledge.Credits.OutletNouns.LongestAt(text, tokens, i) is { } noun && !tokens[i].Text[noun.PrefixLength..].StartsWith("ال", StringComparison.Ordinal) ? noun : null;
            var (headEnd, type) = outlet is not null ? (outlet.TokenEnd, EntityType.Agency)
                : opened.Contains(i + 1) && Clitics.AnyReadingIn(tokens[i].Text, OrganizationHeads) ? (i + 1, EntityType.Org) : (-1, EntityType.Org);
            if (headEnd < 0 || !opened.Contains(headEnd) || article.IsCovered(headEnd) || QuotedNameEnd(document, article, headEnd, end) is not int stop)
            {
                continue;
            }
            var words = tokens.Skip(headEnd).Take(stop - headEnd).Select(t => t.Text).ToList();
            article.AddMention(headEnd, stop, 0, UnknownId(type, string.Join(' ', words)), type, 0.6, "quoted-name", []);
            i = stop - 1;
        }
    }

    /// <summary>Where a quoted name starting at the token ends (the token before the closing mark), or null.</summary>
    private static int? QuotedNameEnd(Document document, ArticleEntities article, int start, int end)
    {
        const int maxWords = 6;
        var tokens = document.Tokens;
        var text = document.Normalized.Text.AsSpan();
        for (var k = start; k < end && k - start < maxWords; k++)
        {
            if (article.IsCovered(k) || !ArabicLetters.IsWord(tokens[k].Text))
            {
                return null;
            }
            var after = (k + 1 < tokens.Count ? text[tokens[k].End..tokens[k + 1].Start] : text[tokens[k].End..]).Trim();
            if (after.Length > 0)
            {
                return after[0] is '»' or '"' or '”' ? k + 1 : null;
            }
        }
        return null;
    }

    private static readonly HashSet<string> OrganizationHeads = Tagging.CueWords.FoldedOneWordOrganizationHeads;

    /// <summary>
    /// A name no data file knows as the subject of a reporting verb (وقالت صفاء نسيم المسؤولة في
    /// الوزارة، ولاحظت كلارا فينسترهولم الخبيرة …): two words or more that can be a name, right after
    /// a verb of the past, and closed by what closes a speaker's name — a title or person noun, a
    /// comma, a complementizer, a colon or quotation mark, or a preposition. Words the tagger
    /// proposed as a name, and the name pass left unnamed, are read here only when a title or person
    /// noun closes them: that context outweighs both the tagger's type and the corpus's statistics
    /// (a foreign given name real news mostly meets in a place's name, كلارا).
    /// </summary>
    private void SpeakerNames(Document document, ArticleEntities article, int first, int end, Dictionary<int, string> tags)
    {
        var names = new UnknownNameReader(knowledge, document, article);
        for (var i = first; i + 2 < end; i++)
        {
            if (article.IsCovered(i + 1) || document.PunctuationBetween(i, i + 1) || !IsPastReportingVerb(document.Tokens[i].Text))
            {
                continue;
            }
            var nameEnd = tags.ContainsKey(i + 1) ? TitledSpeakerNameEnd(document, names, i + 1, end) : SpeakerNameEnd(document, names, i + 1, end);
            if (nameEnd is not int stop)
            {
                continue;
            }
            var words = document.Tokens.Skip(i + 1).Take(stop - i - 1).Select(t => t.Text).ToList();
            article.AddMention(i + 1, stop, 0, UnknownId(EntityType.Person, string.Join(' ', words)), EntityType.Person, 0.6, "speaker-name", []);
            i = stop - 1;
        }
    }

    /// <summary>
    /// The speakers named by one word no data file knows (وقالت يلينا إن، وأضاف عثمان:), read once
    /// every longer name and every short form of a name the article gives in full is read.
    /// </summary>
    private void OneWordSpeakerNames(Document document, ArticleEntities article, int first, int end)
    {
        for (var i = first; i + 2 < end; i++)
        {
            if (!article.IsCovered(i + 1) && !document.PunctuationBetween(i, i + 1) && IsPastReportingVerb(document.Tokens[i].Text, unambiguous: true) && IsOneWordSpeakerName(document, article, i + 1, end))
            {
                article.AddMention(i + 1, i + 2, 0, UnknownId(EntityType.Person, document.Tokens[i + 1].Text), EntityType.Person, 0.6, "speaker-name", []);
            }
        }
    }

    /// <summary>
    /// Whether one word alone after a reporting verb is the speaker's name (وقالت يلينا إن، وأضاف
    /// عثمان:): real news uses it mostly inside persons' names or never at all, it is no function word, title, head
    /// of a compound name (عبد، بن) or word of a person the article named in full (their short form is
    /// read later), and what closes a speaker's name follows it.
    /// </summary>
    private bool IsOneWordSpeakerName(Document document, ArticleEntities article, int token, int end)
    {
        var word = document.Tokens[token].Text;
        if (word.Length < 3 || word.StartsWith("ال", StringComparison.Ordinal) || !ArabicLetters.IsWord(word) || knowledge.FunctionWords.Contains(word)
            || UnknownNameReader.CompoundHeads.Contains(word) || article.IsNameWordOfAPerson(word, OneWordSpeakerNearSpelling)
            || knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, token) is not null)
        {
            return false;
        }
        return knowledge.WordNames.Of(word) switch
        {
            null => IsUnmetSpeakerName(document, token, end),
            { Occurrences: >= OneWordSpeakerOccurrences, PersonShare: >= OneWordSpeakerPersonShare } => ClosesOneWordName(document, token + 1, end),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a word 18 million words of news never used is a speaker's name: a foreign name
    /// far more often than not (وأشارت كوندراتييفا إلى أن، وقال نيدرماير إن), when the reported
    /// clause opens within a few words and the word is no ordinary word with a pronoun after it
    /// (مصدرنا «our source», خباياه «its secrets») or a proclitic before it (بزجر).
    /// </summary>
    private bool IsUnmetSpeakerName(Document document, int token, int end)
    {
        var word = document.Tokens[token].Text;
        if (PronounSuffixes.EndsInOne(word, minStem: 3) || word.EndsWith('ه'))
        {
            return false;
        }
        foreach (var (stem, prefix) in Clitics.Readings(word))
        {
            if (prefix > 0 && knowledge.WordNames.Of(stem) is { Occurrences: >= OneWordSpeakerOccurrences })
            {
                return false;
            }
        }
        for (var next = token + 1; next < Math.Min(end, token + 1 + UnmetSpeakerClauseReach); next++)
        {
            if (document.PunctuationBetween(next - 1, next))
            {
                return next == token + 1 && document.Normalized.Text.AsSpan(document.Tokens[token].End, document.Tokens[next].Start - document.Tokens[token].End).Contains(':');
            }
            if (knowledge.Reporting.Complementizers.Contains(document.Tokens[next].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether what follows one word closes it as a speaker's name: what closes any speaker's name,
    /// but a function word only as written or after «and» (في، وهو), not read off a word that may
    /// go on with the name (ليا is no ل + يا).
    /// </summary>
    private bool ClosesOneWordName(Document document, int next, int end)
    {
        if (next >= end)
        {
            return false;
        }
        if (document.PunctuationBetween(next - 1, next) || TitleAt(document, next, end))
        {
            return true;
        }
        var word = document.Tokens[next].Text;
        return knowledge.Reporting.Complementizers.Contains(word) || knowledge.FunctionWords.ContainsAsWritten(word)
            || (word.Length > 2 && word[0] == 'و' && knowledge.FunctionWords.ContainsAsWritten(word[1..]));
    }

    /// <param name="unambiguous">Only a verb whose forms are no ordinary words (not رد "reply", نقل "moved").</param>
    private bool IsPastReportingVerb(string word, bool unambiguous = false)
    {
        foreach (var (stem, prefix) in Clitics.SpanReadings(word))
        {
            if (prefix <= 1 && _reportingVerbs.TryGetValue(stem, out var lemma) && !_presentForms.Contains(stem)
                && !(unambiguous && knowledge.Reporting.AmbiguousVerbCompletions.ContainsKey(lemma)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the speaker's name starting at the token ends: words that can be a name closed by what
    /// closes a speaker's name; or, when a title follows, any words that are not function words or
    /// titles themselves, since a title after the subject of a reporting verb shows a name stands there.
    /// </summary>
    private int? SpeakerNameEnd(Document document, UnknownNameReader names, int start, int end)
    {
        if (names.NameEnd(start, end) is int stop && ClosesSpeakerName(document, stop, end))
        {
            return stop;
        }
        return TitledSpeakerNameEnd(document, names, start, end);
    }

    /// <summary>Where a speaker's name that a title or person noun closes ends (… كلارا فينسترهولم أستاذة …).</summary>
    private int? TitledSpeakerNameEnd(Document document, UnknownNameReader names, int start, int end) =>
        names.NameEnd(start, end, contextNamesIt: true) is int closed && TitleAt(document, closed, end) ? closed : null;

    /// <summary>Whether a title or person noun starts at the token (المسؤولة الإيرانية، أستاذة العلاقات الدولية).</summary>
    private bool TitleAt(Document document, int token, int end) =>
        token < end && !document.PunctuationBetween(token - 1, token) && knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, token) is not null;

    private bool ClosesSpeakerName(Document document, int stop, int end)
    {
        if (stop >= end)
        {
            return false;
        }
        if (document.PunctuationBetween(stop - 1, stop))
        {
            return true;
        }
        var word = document.Tokens[stop].Text;
        return TitleAt(document, stop, end) || knowledge.Reporting.Complementizers.Contains(word) || knowledge.FunctionWords.Contains(word);
    }

    /// <summary>
    /// A word the article uses alone after naming a person in full (وأكد أنطونوف after أناتولي
    /// أنطونوف، وتحدث شي after شي جينبينغ): a short form of that person, wherever the full name
    /// came from — unless several persons of the article share the word, or real news mostly uses it
    /// as an ordinary word (الله in عبد الله), or it is a function word.
    /// </summary>
    private void BareSurnames(Document document, ArticleEntities article, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (article.IsCovered(i))
            {
                continue;
            }
            foreach (var reading in Clitics.SpanReadings(document.Tokens[i].Text))
            {
                var prefix = reading.PrefixLength;
                // The article's own full names first: few words are in one, and the other tests are pure.
                if (prefix <= 1 && reading.Stem.Length >= 2 && article.PersonNamedWith(reading.Stem) is { } id
                    && !knowledge.FunctionWords.Contains(reading.StemText()) && _evidence.Plausible([reading.StemText()], EntityType.Person))
                {
                    article.AddMention(i, i + 1, prefix, id, EntityType.Person, 0.7, "short-form", []);
                    break;
                }
            }
        }
    }

    /// <summary>The tagger's IOB2 tag of every token it marks as part of a name, tagging the article's sentences together.</summary>
    private Dictionary<int, string> TagTokens(Document document)
    {
        var marked = new Dictionary<int, string>();
        var (ranges, sentences) = SentenceTokens.Of(document);
        var tags = tagger!.TagDocument(sentences);
        for (var s = 0; s < ranges.Count; s++)
        {
            for (var k = 0; k < tags[s].Count; k++)
            {
                if (tags[s][k] != "O")
                {
                    marked[ranges[s].First + k] = tags[s][k];
                }
            }
        }
        // عثمان رضي الله عنه: a pious formula after a name is no part of it, whatever the tagger read.
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            if (marked.ContainsKey(t) && knowledge.Roles.NameFormulas.LongestAt(document.Normalized.Text, document.Tokens, t) is { } formula)
            {
                for (var k = t; k < formula.TokenEnd; k++)
                {
                    marked.Remove(k);
                }
                t = formula.TokenEnd - 1;
            }
        }
        return marked;
    }

    /// <summary>
    /// An organization or place the tagger found and no data file knows, of two words or more
    /// (a single word is too often a common noun): a new id from its normalized form.
    /// </summary>
    private Resolution? UnknownBodyOrPlace(Document document, ArticleEntities article, int i, int end, Dictionary<int, string> tags)
    {
        if (!tags.TryGetValue(i, out var tag) || !tag.StartsWith("B-", StringComparison.Ordinal) || tag is not ("B-ORG" or "B-LOC"))
        {
            return null;
        }
        var inside = "I-" + tag[2..];
        var stop = i + 1;
        while (stop < end && tags.GetValueOrDefault(stop) == inside && stop - i < MaxUnknownNameWords && !article.IsCovered(stop) && !document.PunctuationBetween(stop - 1, stop))
        {
            stop++;
        }
        if (stop - i < 2)
        {
            return null;
        }
        var words = document.Tokens.Skip(i).Take(stop - i).Select(t => t.Text).ToList();
        if (!PlausibleName(words))
        {
            return null;
        }
        var type = tag == "B-ORG" ? EntityType.Org : EntityType.Location;
        // A proclitic before the article (والمجلس، بالمنظمة) is not part of the name, nor one the
        // corpus shows is not (لريال مدريد).
        var prefix = words[0].Length > 4 && words[0][0] is 'و' or 'ب' or 'ل' or 'ف' && words[0][1..].StartsWith("ال", StringComparison.Ordinal) ? 1 : _evidence.ProcliticLength(words[0], type);
        words[0] = NameEvidence.WithoutProclitic(words[0], prefix);
        if (!_evidence.Plausible(words, type))
        {
            return null;
        }
        var text = string.Join(' ', words);
        if (type == EntityType.Location && knowledge.FuzzyNames.Lookup(text, PlaceAfterTitleFloor).FirstOrDefault(m => m.Form.Entry.Type != EntityType.Person) is { } known)
        {
            return new Resolution(known.Form.Entry.Id, known.Form.Entry.Type, Math.Round(known.Similarity, 3), "variant", [], stop, prefix);
        }
        return new Resolution(UnknownId(type, text), type, 0.5, "tagger", [], stop, prefix);
    }

    /// <summary>A public body no data file knows, read from the noun that opens its name (<see cref="PublicBodyNameReader"/>).</summary>
    private static Resolution? PublicBody(Document document, PublicBodyNameReader bodies, int i, int end)
    {
        if (bodies.NameAt(i, end) is not var (stop, prefix))
        {
            return null;
        }
        var words = document.Tokens.Skip(i).Take(stop - i).Select(t => t.Text).ToList();
        words[0] = NameEvidence.WithoutProclitic(words[0], prefix);
        return new Resolution(UnknownId(EntityType.Org, string.Join(' ', words)), EntityType.Org, 0.5, ArticleEntities.PublicBodyMethod, [], stop, prefix);
    }

    /// <summary>A sea, river, island or mountain no data file knows, read from the noun that opens its name (<see cref="LandformNameReader"/>).</summary>
    private static Resolution? Landform(Document document, LandformNameReader landforms, int i, int end)
    {
        if (landforms.NameAt(i, end) is not var (stop, prefix))
        {
            return null;
        }
        var words = document.Tokens.Skip(i).Take(stop - i).Select(t => t.Text).ToList();
        words[0] = NameEvidence.WithoutProclitic(words[0], prefix);
        return new Resolution(UnknownId(EntityType.Location, string.Join(' ', words)), EntityType.Location, 0.5, "landform", [], stop, prefix);
    }

    private static Resolution? LongerOf(Resolution? first, Resolution? second) =>
        first is null ? second : second is null || first.End >= second.End ? first : second;

    /// <summary>
    /// Whether tagged words can be a name of their own: Arabic letters only, not opened by a
    /// complementizer or a two-letter function word, not only spelled-out letters (سي إي), and no
    /// state-naming adjective inside (a phrase about a country, not a body's name).
    /// </summary>
    private bool PlausibleName(IReadOnlyList<string> words) =>
        words.All(ArabicLetters.IsWord)
        && words[0].Length > 2 && !knowledge.Reporting.Complementizers.Contains(words[0])
        && words.Any(w => w.Length >= 4)
        && !words.Any(w => w.StartsWith("ال", StringComparison.Ordinal) && _gazetteer.NisbaStems.ContainsKey(w[2..]));

    /// <summary>Why a word is worth checking against the known names, if it is.</summary>
    private enum CandidateReason
    {
        Tagged,
        AfterTitle,
        NameShape,

        /// <summary>A tagged name of several words opening with a short word: compared with persons only.</summary>
        ShortOpening,
    }

    private CandidateReason? NameCandidate(Document document, int i, HashSet<int> tagged, HashSet<int> afterTitle)
    {
        var word = document.Tokens[i].Text;
        // A short word starts a tagged name of several words (شي جيبينغ، لي كه تشيانغ، كيم جونغ أون) as
        // well as a long one; alone, it is too short to compare.
        // Not the head of a compound (عبد، بن، أبو), which many names share.
        var shortOpening = word.Length >= 2 && tagged.Contains(i) && tagged.Contains(i + 1) && !UnknownNameReader.CompoundHeads.Contains(word);
        if ((word.Length < 4 && !shortOpening) || !AllLetters(word) || !ArabicLetters.IsLetter(word[0]))
        {
            return null;
        }
        if (word.Length < 4)
        {
            return CandidateReason.ShortOpening;
        }
        if (tagged.Contains(i))
        {
            return CandidateReason.Tagged;
        }
        if (afterTitle.Contains(i))
        {
            return CandidateReason.AfterTitle;
        }
        foreach (var reading in Clitics.SpanReadings(word))
        {
            if (HasNameEnding(reading.Stem))
            {
                return CandidateReason.NameShape;
            }
        }
        return null;
    }

    private static bool AllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The tokens right after a title (الرئيس، وزير الخارجية), where a name usually follows.</summary>
    private HashSet<int> TitleEnds(Document document, int first, int end)
    {
        var ends = new HashSet<int>();
        for (var i = first; i < end; i++)
        {
            var role = knowledge.Roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, i);
            if (role is not null && role.Values.Any(v => v.IsTitle))
            {
                ends.Add(role.TokenEnd);
            }
        }
        return ends;
    }

    private bool HasNameEnding(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }
        foreach (var ending in knowledge.Roles.NameEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private bool FollowsOutletNoun(Document document, int tokenStart)
    {
        for (var start = Math.Max(0, tokenStart - 3); start < tokenStart; start++)
        {
            var noun = knowledge.Credits.OutletNouns.LongestAt(document.Normalized.Text, document.Tokens, start);
            if (noun is not null && noun.TokenEnd == tokenStart)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A nisba names the state unless it qualifies a people or a language, or sits inside the name
    /// of a body, or stands as a noun for a person's nationality: with a proclitic of its own or
    /// opening its phrase, right before a person's name (للفرنسي بول بوغبا، والألماني إيلكاي
    /// غوندوغان). After a head noun (الرئيس الروسي فلاديمير بوتين، نظيره الروسي) it qualifies that head.
    /// </summary>
    private bool NamesTheState(Document document, ArticleEntities article, PhraseMatch<GazetteerForm> match, HashSet<int> tagged)
    {
        var tokens = document.Tokens;
        var nisba = match.TokenStart;
        if (nisba > 0 && Clitics.AnyReadingIn(tokens[nisba - 1].Text, knowledge.Nisba.NotStateHeads))
        {
            return false;
        }
        for (var back = nisba - 1; back >= Math.Max(0, nisba - 2); back--)
        {
            if (Clitics.AnyReadingIn(tokens[back].Text, knowledge.Nisba.NameHeads))
            {
                return false;
            }
        }
        var personFollows = match.TokenEnd < tokens.Count && !document.PunctuationBetween(match.TokenEnd - 1, match.TokenEnd)
            && (tagged.Contains(match.TokenEnd) || _evidence.GivenNameAt(document, match.TokenEnd) is not null);
        if (!personFollows || (match.PrefixLength > 0 && tokens[nisba].Text[0] == 'و' && StateNisbaShortlyBefore(document, article, nisba)))
        {
            return true;
        }
        return !(match.PrefixLength > 0 || nisba == 0 || document.PunctuationBetween(nisba - 1, nisba) || knowledge.FunctionWords.Contains(tokens[nisba - 1].Text));
    }

    /// <summary>
    /// Whether a nisba that named its state stands a few words before, so that one with «and»
    /// continues its list under the same head: نظيريه السعودي عادل الجبير، والروسي سيرغي لافروف.
    /// </summary>
    private bool StateNisbaShortlyBefore(Document document, ArticleEntities article, int nisba)
    {
        const int reach = 8;
        for (var back = nisba - 1; back >= Math.Max(0, nisba - reach); back--)
        {
            if (article.MentionAt(back) is { Type: EntityType.Country }
                && _gazetteer.Forms.LongestAt(document.Normalized.Text, document.Tokens, back) is { } form && form.Values.Any(v => v.Kind == NameFormKind.Nisba))
            {
                return true;
            }
        }
        return false;
    }

    private static int TypePreference(EntityType type) => type switch
    {
        EntityType.Country => 0,
        EntityType.Person => 1,
        EntityType.Org => 2,
        EntityType.Agency => 3,
        EntityType.City => 4,
        _ => 5,
    };

    /// <summary>The id of a name no data file knows; countries (ISO codes) and cities (English slugs) never get one.</summary>
    internal static string UnknownId(EntityType type, string normalizedName) => type is EntityType.Country or EntityType.City
        ? throw new ArgumentException($"a {type.ToRecordName()} has no id made from its Arabic name", nameof(type))
        : $"{type.ToRecordName()}:ar:{Hyphenated(normalizedName.Trim())}";

    /// <summary>
    /// The name with every run of white space (what a regular expression's \s matches) made one
    /// hyphen, by hand: ids are made for many mentions of every article, and a one-word name, the
    /// usual case, is returned as it is.
    /// </summary>
    private static string Hyphenated(string name)
    {
        if (!HasWhiteSpace(name))
        {
            return name;
        }
        var hyphenated = new System.Text.StringBuilder(name.Length);
        var inSpace = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    hyphenated.Append('-');
                }
                inSpace = true;
                continue;
            }
            hyphenated.Append(c);
            inSpace = false;
        }
        return hyphenated.ToString();
    }

    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }
        return false;
    }

    private static PhraseMatcher<GazetteerFiles.StateBody> BuildStateBodies(Gazetteer gazetteer)
    {
        var matcher = new PhraseMatcher<GazetteerFiles.StateBody>();
        foreach (var body in gazetteer.StateBodies)
        {
            foreach (var name in body.Names)
            {
                matcher.Add(name, body);
            }
        }
        return matcher;
    }
}
