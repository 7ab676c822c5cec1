using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Text;

namespace Rasd.Stages.Quotes;

/// <summary>
/// Finds reported speech in the body and who said it. Direct speech is what stands in quotation
/// marks after a cue (a colon, a reporting verb or participle, a complementizer) or opens a
/// sentence of its own; indirect speech is the clause after a reporting verb's complementizer
/// (أكد X أن …، أشار X إلى أن …، بحسب X، فإن …). The speaker is the person the cue's subject names
/// (a role phrase counts through the entity it resolved to; a country or body only when no person
/// is named); a cue without a subject (وأضاف:، مضيفا أن) continues the last speaker. A clause that
/// opens a quotation is reported once, as the quotation.
/// </summary>
public sealed class QuoteStage(KnowledgeBase knowledge) : IPipelineStage
{
    private const int SubjectWindow = 12;

    private const string AgencyIdPrefix = "agency:";

    /// <summary>How far after «his saying» (قوله) the complementizer may stand: a day or a place between (قوله الجمعة، إن).</summary>
    private const int SayingNounReach = 4;

    /// <summary>How far into a sentence a country or body may stand to be its subject (after a verb and an auxiliary: وكانت القنصلية الروسية).</summary>
    private const int SubjectOpeningTokens = 3;
    private const int MinimumQuotationWords = 3;
    private const int UncuedQuotationWords = 5;
    private const int MinimumClauseTokens = 2;
    private const int MaxWordsBetweenCueAndQuotation = 2;

    /// <summary>Words of a reported clause before a quotation up to which the quotation is a fragment of the clause (its subject and a word or two).</summary>
    private const int FragmentSubjectTokens = 4;

    /// <summary>Words of a reported clause before a quotation from which the clause is a statement of its own.</summary>
    private const int StatementBeforeQuotationTokens = 7;

    /// <summary>Particles that coordinate a new report with the one before (ثم أضاف، لكنه أضاف), a closed class of the grammar.</summary>
    private static readonly HashSet<string> Coordinators = ["و", "ثم", "لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها", "بل"];

    /// <summary>«According to» phrases whose source follows them at once (folded), a closed class of the grammar.</summary>
    private static readonly HashSet<string> SourceTakingPhrases = ["بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا عن", "استنادا الي", "علي لسان"];

    private readonly ReportingLexicon _reporting = knowledge.Reporting;
    private readonly Gazetteer _gazetteer = knowledge.Gazetteer;
    private readonly FunctionWordLexicon _functionWords = knowledge.FunctionWords;
    private readonly RoleLexicon _roles = knowledge.Roles;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _verbs = knowledge.Reporting.Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _participles = knowledge.Reporting.Participles.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "quotes";

    private enum CueKind
    {
        Verb,
        Participle,
        AccordingTo,
    }

    private sealed record Cue(int Token, int End, CueKind Kind, string? Lemma = null);

    private sealed record Speaker(string Id, int Start, int End);

    public void Process(Document document)
    {
        var body = document.Find<Segment>(s => s.Kind == SegmentKind.Body);
        if (body is null)
        {
            return;
        }
        var mentions = document.All<EntityMention>().OrderBy(m => m.Start).ToList();
        var sentences = document.All<Segment>().Where(s => s.Kind == SegmentKind.Sentence && body.Contains(s)).OrderBy(s => s.Start).ToList();
        Speaker? last = null;
        var spokeInPreviousParagraph = false;
        foreach (var paragraph in document.All<Segment>().Where(s => s.Kind == SegmentKind.Paragraph && body.Contains(s)).OrderBy(s => s.Start))
        {
            var marked = QuotationMarks.Find(document.Text, paragraph.Start, paragraph.End);
            var names = marked.Where(q => NamesWhatPrecedes(document, q.Start)).ToList();
            var quotations = marked.Where(q => WordCount(document.Text, q.Start, q.End) >= MinimumQuotationWords && !names.Contains(q)).ToList();
            var spokeHere = false;
            var opening = true;
            foreach (var sentence in sentences.Where(s => paragraph.Contains(s)))
            {
                (last, var spoke) = Sentence(document, sentence, quotations, names, mentions, last, spokeHere, opening && spokeInPreviousParagraph);
                opening = false;
                spokeHere |= spoke;
                if (!spoke && OpeningSubject(document, sentence, mentions) is { } subject)
                {
                    // وتحدث شي في …: a person who opens a sentence as the subject of its verb is
                    // whom a following cue without a subject (وأشاد …) continues.
                    last = subject;
                }
            }
            spokeInPreviousParagraph = spokeHere;
        }
    }

    /// <summary>
    /// Whether a quotation gives the name or title of what the noun right before it denotes
    /// (مقال بعنوان «…»، حملة "…"، صحيفة "وول ستريت جورنال"): a name, not a statement. Only
    /// blank space and the opening mark stand between them.
    /// </summary>
    private bool NamesWhatPrecedes(Document document, int quotationStart)
    {
        var normalized = document.Normalized;
        var at = normalized.FromOriginal(quotationStart);
        var first = document.LowerBound(at);
        if (first == 0 || first > document.Tokens.Count)
        {
            return false;
        }
        var before = document.Tokens[first - 1];
        for (var c = before.End; c < Math.Min(at, normalized.Text.Length); c++)
        {
            if (!char.IsWhiteSpace(normalized.Text[c]) && normalized.Text[c] is not ('"' or '«' or '“' or '„'))
            {
                return false;
            }
        }
        return Clitics.AnyReadingIn(before.Text, _reporting.NamingNouns);
    }

    /// <summary>
    /// The person right after a sentence's first word (its verb: وتحدث شي، واستقبل بوتين، or the
    /// auxiliary before it: وكان ترامب قد اتهم), through a title and the state's adjective (ووصل
    /// وزير الخارجية الروسي سيرغي لافروف), or null.
    /// </summary>
    private Speaker? OpeningSubject(Document document, Segment sentence, List<EntityMention> mentions)
    {
        var (first, end) = document.TokenRange(sentence.Start, sentence.End);
        if (end - first < 2 || (_functionWords.Contains(document.Tokens[first].Text) && !knowledge.FunctionWords.IsAuxiliary(document.Tokens[first].Text))
            || document.PunctuationBetween(first, first + 1))
        {
            return null;
        }
        if (mentions.Any(m => m.Start == Offset(document, first)))
        {
            return null;
        }
        return PersonThroughTitleAt(document, first + 1, end, mentions) is { } person ? new Speaker(person.EntityId, person.Start, person.End) : null;
    }

    /// <summary>
    /// The person named at a token, or after a title and the state's adjective there (وزير
    /// الخارجية الروسي سيرغي لافروف), with no punctuation between; or null.
    /// </summary>
    private EntityMention? PersonThroughTitleAt(Document document, int token, int end, List<EntityMention> mentions)
    {
        if (mentions.FirstOrDefault(m => m.Start == Offset(document, token) && m.Type == EntityType.Person) is { } named)
        {
            return named;
        }
        var start = token;
        if (_roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, token) is { } role && role.TokenEnd < end && !document.PunctuationBetween(token, role.TokenEnd))
        {
            token = role.TokenEnd;
            if (mentions.FirstOrDefault(m => m.Start == Offset(document, token) && m.Type == EntityType.Country) is { } state)
            {
                token = document.LowerBound(document.Normalized.FromOriginal(state.End));
            }
        }
        if (token >= end || document.PunctuationBetween(start, token))
        {
            return null;
        }
        var at = Offset(document, token);
        return mentions.FirstOrDefault(m => m.Start == at && m.Type == EntityType.Person);
    }

    /// <summary>
    /// The topic «أما» fronts before a verb that takes it up with ف (أما الرئيس الإيراني حسن روحاني
    /// فأكد، وأما الخارجية الروسية فقد قالت): the verb's subject, though it stands before the verb.
    /// Only a person (through a title) or a body right after أما is such a subject; a phrase that
    /// opens with a preposition or names something else (أما عن الزيارة فقال، أما في موسكو فقال)
    /// leaves the subject to the words after the verb, and so does a quoting verb, whose speaker
    /// is the one it quotes (أما الوكالة فنقلت عن الوزير).
    /// </summary>
    private Speaker? FrontedTopic(Document document, Cue cue, int first, List<EntityMention> mentions)
    {
        const int reach = 14;
        var tokens = document.Tokens;
        var verb = tokens[cue.Token].Text;
        if (cue.Kind != CueKind.Verb || (cue.Lemma is { } lemma && _reporting.QuotingVerbs.Contains(lemma))
            || !(verb[0] == 'ف' || (cue.Token > first && tokens[cue.Token - 1].Text == "فقد")))
        {
            return null;
        }
        for (var k = cue.Token - 1; k >= Math.Max(first, cue.Token - reach); k--)
        {
            if (tokens[k].Text is not ("اما" or "واما"))
            {
                continue;
            }
            if (k + 1 >= cue.Token)
            {
                return null;
            }
            if (PersonThroughTitleAt(document, k + 1, cue.Token, mentions) is { } person)
            {
                return new Speaker(person.EntityId, person.Start, person.End);
            }
            var topic = mentions.FirstOrDefault(m => m.Start == Offset(document, k + 1));
            return topic is not null && topic.End <= Offset(document, cue.Token) && (topic.Type == EntityType.Agency ? topic.EntityId : SpeakingBody(topic)) is { } body
                ? new Speaker(body, topic.Start, topic.End)
                : null;
        }
        return null;
    }

    /// <summary>Reads the speech of one sentence; returns the speaker to continue and whether a cue of this sentence named one.</summary>
    /// <param name="lastInParagraph">Whether a cue earlier in the paragraph named the last speaker.</param>
    /// <param name="lastInPreviousParagraph">
    /// Whether this sentence opens its paragraph and a cue of the paragraph before named the last
    /// speaker: a quotation of such a sentence without a cue or a subject of its own (وفي الاجتماع
    /// المقبل سيبحث الجانبان «…») goes on reporting that speaker's statement; narration in between ends it.
    /// </param>
    /// <param name="names">Quotations that give a name or a title (صحيفة "…"): their marks break no clause.</param>
    private (Speaker? Last, bool Spoke) Sentence(Document document, Segment sentence, List<(int Start, int End, bool Closed)> quotations, List<(int Start, int End, bool Closed)> names, List<EntityMention> mentions, Speaker? last, bool lastInParagraph, bool lastInPreviousParagraph)
    {
        var tokens = document.Tokens;
        var (first, end) = document.TokenRange(sentence.Start, sentence.End);
        var inSentence = quotations.Where(q => q.Start >= sentence.Start && q.Start < sentence.End).ToList();
        var attributed = new Dictionary<int, Speaker?>();
        var absorbed = new HashSet<int>();
        var cues = Cues(document, first, end, inSentence);
        Speaker? sentenceSpeaker = null;
        var spoke = false;
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            var nextCue = c + 1 < cues.Count ? cues[c + 1].Token : end;
            var nextReport = cues.Skip(c + 1).FirstOrDefault(k => StartsReport(document, k, mentions))?.Token ?? end;
            var topic = FrontedTopic(document, cue, first, mentions);
            var (speaker, after) = topic is not null ? (topic, cue.End) : SpeakerOf(document, cue, nextCue, mentions, inSentence, sentenceSpeaker ?? SentenceSubject(document, sentence, cue, mentions, inSentence), last);
            if (after == cue.End && topic is null && cue.Kind == CueKind.Verb && IsPresentTense(document, cue))
            {
                continue;
            }
            if (cue.Kind == CueKind.AccordingTo && speaker is not null && speaker.Id.StartsWith(AgencyIdPrefix, StringComparison.Ordinal))
            {
                // وأكدت الوزارة، وفقا لوكالة الأنباء، وقوف …; «وفقا لفرانس برس». وأضاف: an outlet
                // that passes a report on credits it: whoever a cue before it in the sentence made
                // speak still speaks, named or not, and so does the last speaker after it.
                speaker = c > 0 ? sentenceSpeaker : speaker;
            }
            else
            {
                sentenceSpeaker ??= speaker;
                last = speaker ?? (after > cue.End ? null : last);
            }
            spoke |= speaker is not null;
            foreach (var before in inSentence.Where(q => !attributed.ContainsKey(q.Start) && q.End <= Offset(document, cue.Token)))
            {
                var gap = cue.Token - document.LowerBound(document.Normalized.FromOriginal(before.End));
                if (gap <= MaxWordsBetweenCueAndQuotation)
                {
                    attributed[before.Start] = speaker;
                }
            }
            var complementizer = Complementizer(document, cue, after, nextReport, nextCue, names);
            var quoteAfter = inSentence.FirstOrDefault(q => Offset(document, after) <= q.Start && q.Start <= Offset(document, nextCue)
                && (ColonBefore(document.Text, q.Start, sentence.Start) || document.LowerBound(document.Normalized.FromOriginal(q.Start)) - after <= MaxWordsBetweenCueAndQuotation));
            if (complementizer is int comp)
            {
                var clauseStart = comp + 1;
                var clauseStartOffset = Offset(document, clauseStart);
                var clauseEnd = Math.Min(nextReport, end);
                // After a short subject (قال إن واشنطن "تنظم …" لروسيا، أكد أن هذه الدول "تفسر …")
                // a quotation is a quoted fragment of the indirect statement, reported with it.
                // A quotation that opens the clause (قال إن "…"), or one after a longer lead-in, is
                // direct speech of its own; a lead-in long enough to be a statement itself is
                // also reported, as indirect speech ending where the quotation starts.
                var clauseEndOffset = Offset(document, clauseEnd);
                foreach (var inner in inSentence.Where(q => q.Start >= clauseStartOffset - 1 && q.Start < clauseEndOffset))
                {
                    var quotationToken = document.LowerBound(document.Normalized.FromOriginal(inner.Start));
                    var leadIn = quotationToken - clauseStart;
                    if (leadIn > 0 && (leadIn <= FragmentSubjectTokens || GovernsQuotation(document, quotationToken) || NamesOnly(document, clauseStart, quotationToken, mentions)))
                    {
                        absorbed.Add(inner.Start);
                        continue;
                    }
                    attributed[inner.Start] = speaker;
                    clauseEnd = leadIn >= StatementBeforeQuotationTokens && !ResumedBeforeQuotation(document, clauseStart + leadIn) ? clauseStart + leadIn : clauseStart;
                    break;
                }
                if (clauseEnd - clauseStart >= MinimumClauseTokens)
                {
                    var (s, e) = document.OriginalSpan(clauseStart, clauseEnd);
                    e = TrimEnd(document.Text, s, e);
                    document.Add(new Quote(s, e, QuoteKind.Indirect, speaker?.Id) { SpeakerSpan = speaker is null ? null : (speaker.Start, speaker.End) });
                }
                c = SkipEmbeddedCues(document, cues, c, mentions);
            }
            else if (quoteAfter != default)
            {
                attributed[quoteAfter.Start] = speaker;
            }
        }
        foreach (var quotation in inSentence.Where(q => !absorbed.Contains(q.Start)))
        {
            Speaker? speaker;
            if (attributed.TryGetValue(quotation.Start, out var cued))
            {
                speaker = cued;
            }
            else
            {
                var opensSentence = quotation.Start - 1 <= sentence.Start;
                var cueBefore = cues.Any(c => Offset(document, c.Token) < quotation.Start);
                if (!ColonBefore(document.Text, quotation.Start, sentence.Start) && WordCount(document.Text, quotation.Start, quotation.End) < UncuedQuotationWords)
                {
                    continue;
                }
                // «X: "…"» without a cue names a speaker of its own, unknown here (a caption, a heading).
                var continues = lastInParagraph || (lastInPreviousParagraph && cues.Count == 0 && !ColonBefore(document.Text, quotation.Start, sentence.Start) && !NamesSubjectBefore(sentence, quotation.Start, mentions));
                speaker = cueBefore && !opensSentence ? sentenceSpeaker ?? last : continues ? last : null;
            }
            document.Add(new Quote(quotation.Start, quotation.End, QuoteKind.Direct, speaker?.Id) { SpeakerSpan = speaker is null ? null : (speaker.Start, speaker.End) });
        }
        return (last, spoke);
    }

    /// <summary>Whether the sentence names a person, body or state before the quotation: someone of its own who may be saying it.</summary>
    private bool NamesSubjectBefore(Segment sentence, int quotationStart, List<EntityMention> mentions) =>
        mentions.Any(m => m.Start >= sentence.Start && m.End <= quotationStart && (m.Type == EntityType.Person || SpeakingBody(m) is not null));

    /// <summary>
    /// After a reported clause opens, reporting words inside it belong to it (الادعاءات التي يُزعم أن …);
    /// only a cue that starts a report of its own ends it (<see cref="StartsReport"/>).
    /// Returns the index of the last cue to skip.
    /// </summary>
    private int SkipEmbeddedCues(Document document, List<Cue> cues, int current, List<EntityMention> mentions)
    {
        var next = current + 1;
        while (next < cues.Count && !StartsReport(document, cues[next], mentions))
        {
            next++;
        }
        return next - 1;
    }

    /// <summary>
    /// Whether a cue starts a new report rather than reporting inside the clause before it: a
    /// coordinated cue (a participle after a comma, a verb carrying و/ف), or a verb that speaks «in»
    /// the statement of someone the text names before it (… في إشارة إلى تصريحات للوزير قال فيها
    /// إن): that statement is another speaker's, whatever the clause it stands in.
    /// </summary>
    private bool StartsReport(Document document, Cue cue, List<EntityMention> mentions) =>
        Coordinated(document, cue)
        || (cue.Kind == CueKind.Verb && cue.End < document.Tokens.Count && document.Tokens[cue.End].Text is "فيه" or "فيها" && StatementOwnerBefore(document, cue, mentions) is not null);

    private static bool Coordinated(Document document, Cue cue)
    {
        var word = document.Tokens[cue.Token].Text;
        return cue.Kind switch
        {
            CueKind.Participle => cue.Token > 0 && CommaBefore(document, cue.Token),
            CueKind.Verb => word[0] is 'و' or 'ف' || (cue.Token > 0 && Coordinators.Contains(document.Tokens[cue.Token - 1].Text)),
            _ => word[0] is 'و' or 'ف' || (cue.Token > 0 && CommaBefore(document, cue.Token)),
        };
    }

    /// <summary>
    /// The subject a bare verb or participle continues (أحجم X …، وقال إن …): the first person a
    /// sentence names before the cue, outside quotations, of the cue's gender (لكن المتحدثة سارة
    /// ساندرز قالت after ترامب); with no person, a country, body or outlet that
    /// opens the sentence as its subject (وكانت القنصلية الروسية … قد نشرت … قائلة، صحيفة ليكيب قالت إن).
    /// </summary>
    private Speaker? SentenceSubject(Document document, Segment sentence, Cue cue, List<EntityMention> mentions, List<(int Start, int End, bool Closed)> quotations)
    {
        var cueStart = Offset(document, cue.Token);
        var before = mentions.Where(m => m.Start >= sentence.Start && m.End <= cueStart && !quotations.Any(q => q.Start <= m.Start && m.Start < q.End)).ToList();
        var feminine = CueIsFeminine(document, cue);
        if (before.FirstOrDefault(m => m.Type == EntityType.Person && Agrees(document, m.EntityId, feminine)) is { } person)
        {
            return new Speaker(person.EntityId, person.Start, person.End);
        }
        var (first, _) = document.TokenRange(sentence.Start, sentence.End);
        var opening = before.FirstOrDefault();
        return opening is not null && (opening.Type == EntityType.Agency ? opening.EntityId : SpeakingBody(opening)) is { } body && document.LowerBound(document.Normalized.FromOriginal(opening.Start)) - first <= SubjectOpeningTokens
            && !QualifiesPress(document, opening, first)
            ? new Speaker(body, opening.Start, opening.End)
            : null;
    }

    /// <summary>
    /// Whether a state adjective qualifies an outlet noun a word or two before it (صحيفة ليكيب
    /// الفرنسية): it says where the press is, and the state is no subject.
    /// </summary>
    private bool QualifiesPress(Document document, EntityMention mention, int first)
    {
        if (mention.Type != EntityType.Country || mention.Method != "nisba")
        {
            return false;
        }
        var at = TokenAt(document, mention.Start);
        for (var k = Math.Max(first, at - 2); k < at; k++)
        {
            if (knowledge.Credits.OutletNouns.LongestAt(document.Normalized.Text, document.Tokens, k) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reporting verbs, participles and «according to» phrases of a sentence, outside its quotations.</summary>
    private List<Cue> Cues(Document document, int first, int end, List<(int Start, int End, bool Closed)> quotations)
    {
        var tokens = document.Tokens;
        var normalized = document.Normalized.Text;
        var cues = new List<Cue>();
        for (var i = first; i < end; i++)
        {
            if (InsideAny(quotations, Offset(document, i)))
            {
                continue;
            }
            if (_reporting.NotReporting.LongestAt(normalized, tokens, i) is { } skip)
            {
                i = skip.TokenEnd - 1;
                continue;
            }
            if (_reporting.AccordingTo.LongestAt(normalized, tokens, i) is { } according && according.TokenEnd <= end)
            {
                cues.Add(new Cue(i, according.TokenEnd, CueKind.AccordingTo));
                i = according.TokenEnd - 1;
                continue;
            }
            foreach (var (stem, prefix) in Clitics.SpanReadings(tokens[i].Text))
            {
                if (!OnlyConjunctions(tokens[i].Text.AsSpan(0, prefix)))
                {
                    // A verb takes و and ف, never ب، ك، ل or the article: كيري is Kerry, not ك + يرى.
                    continue;
                }
                if (_verbs.TryGetValue(stem, out var lemma))
                {
                    if (!_reporting.AmbiguousVerbCompletions.TryGetValue(lemma, out var completions)
                        || Completed(document, i + 1, end, completions, _reporting.AmbiguousVerbPrefixes[lemma], _reporting.DirectSpeechVerbs.Contains(lemma)))
                    {
                        cues.Add(new Cue(i, i + 1, CueKind.Verb, lemma));
                    }
                    break;
                }
                if (_participles.ContainsKey(stem))
                {
                    cues.Add(new Cue(i, i + 1, CueKind.Participle));
                    break;
                }
            }
        }
        return cues;
    }

    private static bool InsideAny(List<(int Start, int End, bool Closed)> quotations, int offset)
    {
        foreach (var (start, end, _) in quotations)
        {
            if (start <= offset && offset < end)
            {
                return true;
            }
        }
        return false;
    }

    private static bool OnlyConjunctions(ReadOnlySpan<char> prefix)
    {
        foreach (var c in prefix)
        {
            if (c is not ('و' or 'ف'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The person or body right after عن within a cue's subject window.</summary>
    private EntityMention? ObjectOfAn(Document document, int from, int stop, List<EntityMention> inWindow)
    {
        for (var k = from; k + 1 < stop; k++)
        {
            if (document.Tokens[k].Text == "عن" && inWindow.FirstOrDefault(m => m.Start == Offset(document, k + 1)) is { } mention
                && (mention.Type == EntityType.Person || SpeakingBody(mention) is not null))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether an ambiguous verb is completed as speech within its subject window, before the
    /// sentence breaks: by one of its complementizers or objects, or, for a verb of direct speech,
    /// by a colon or a quotation mark (وتابع السفير: "…").
    /// </summary>
    private static bool Completed(Document document, int from, int end, PhraseMatcher<string> completions, HashSet<char> prefixes, bool direct)
    {
        var reach = Math.Min(end, from + SubjectWindow);
        for (var k = from; k < reach; k++)
        {
            if (direct && OpensQuotation(document, k))
            {
                return true;
            }
            if (k > from && BreakBefore(document, k, colonOnly: false))
            {
                return false;
            }
            var word = document.Tokens[k].Text;
            if (completions.LongestAt(document.Normalized.Text, document.Tokens, k) is not null || (word.Length > 3 && prefixes.Contains(word[0])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Who a cue reports: the person named in its subject (after a verb, after «according to»),
    /// for a participle the sentence's speaker, else whoever spoke last. Returns where the subject ends.
    /// </summary>
    private (Speaker? Speaker, int After) SpeakerOf(Document document, Cue cue, int limit, List<EntityMention> mentions, List<(int Start, int End, bool Closed)> quotations, Speaker? sentenceSpeaker, Speaker? last)
    {
        var tokens = document.Tokens;
        if (cue.Kind == CueKind.Participle)
        {
            return (Continued(document, cue, sentenceSpeaker, last), cue.End);
        }
        if (cue.Kind == CueKind.AccordingTo && cue.End < limit && Clitics.AnyReadingIn(tokens[cue.End].Text, _reporting.PronounSpeakers))
        {
            return (last, cue.End + 1);
        }
        var windowEnd = Math.Min(limit, cue.End + SubjectWindow);
        var stop = windowEnd;
        for (var k = cue.End; k < windowEnd; k++)
        {
            if (IsComplementizer(tokens[k].Text) || BreakBefore(document, k, colonOnly: true))
            {
                stop = k;
                break;
            }
        }
        var from = Offset(document, cue.End);
        var to = stop < tokens.Count ? Offset(document, stop) : document.Text.Length;
        // The subject stands before what is quoted: nothing inside a quotation is its speaker.
        if (quotations.FirstOrDefault(q => q.Start >= from && q.Start < to) is { End: > 0 } quotation)
        {
            to = quotation.Start;
        }
        var inWindow = mentions.Where(m => m.Start >= from && m.End <= to).ToList();
        if (cue.Lemma is { } lemma && _reporting.QuotingVerbs.Contains(lemma) && ObjectOfAn(document, cue.End, stop, inWindow) is { } quoted)
        {
            // نقلت الوكالة عن الوزير قوله: the one quoted is the object of عن, not the agency.
            return (new Speaker(quoted.Type == EntityType.Person ? quoted.EntityId : SpeakingBody(quoted)!, quoted.Start, quoted.End), document.LowerBound(document.Normalized.FromOriginal(quoted.End)));
        }
        if (cue.Kind == CueKind.Verb && cue.End < limit && tokens[cue.End].Text is "فيه" or "فيها" && StatementOwnerBefore(document, cue, mentions) is { } owner)
        {
            // تصريحات للوزير الألماني قال فيها إن: the one whose statement «it» is.
            return (new Speaker(owner.EntityId, owner.Start, owner.End), cue.End + 1);
        }
        if (cue.Kind == CueKind.Verb && IssuerOf(document, cue, inWindow) is { } issuer)
        {
            // وذكر تقرير لصحيفة الغارديان نقلا عن مصادر أن: the outlet reports, whoever it cites.
            return (new Speaker(issuer.Type == EntityType.Agency ? issuer.EntityId : SpeakingBody(issuer)!, issuer.Start, issuer.End), document.LowerBound(document.Normalized.FromOriginal(issuer.End)));
        }
        if (cue.Kind is CueKind.Verb or CueKind.AccordingTo && !(cue.Lemma is { } quoting && _reporting.QuotingVerbs.Contains(quoting)) && inWindow.All(m => m.Type != EntityType.Person) && ReferredBodyAt(document, cue.End, stop, mentions, inWindow) is { } referred)
        {
            return (new Speaker(referred.Body.EntityId, referred.Body.Start, referred.Body.End), referred.After);
        }
        if (UnnamedGroupAt(document, cue, stop, inWindow) is int groupEnd)
        {
            // وقال سكان إن، وقال ناشطون سوريون: people the text does not name, for no state.
            return (null, groupEnd);
        }
        if (cue.Kind == CueKind.Verb && cue.End < stop && IsCount(tokens[cue.End]))
        {
            // وقال 58 بالمئة من المشاركين، وقال ثلاثة مسؤولين أمريكيين: people counted, not named;
            // only a state the count's noun is tied to speaks.
            return UnnamedSubjectAt(document, cue.End + 1, limit, mentions) is ({ } counted, var countedEnd) ? (counted, countedEnd) : (null, cue.End + 1);
        }
        var source = cue.Kind == CueKind.Verb && cue.End < stop && _reporting.AnonymousSources.LongestAt(document.Normalized.Text, tokens, cue.End) is { } anonymous
            && anonymous.PrefixLength == 0 ? anonymous.TokenEnd : -1;
        var press = PressSubjectAt(document, cue, stop, inWindow);
        var (sourcePerson, government) = source >= 0 ? SourcePerson(document, source, inWindow) : (null, -1);
        var chosen = (source >= 0 ? sourcePerson : inWindow.FirstOrDefault(m => m.Type == EntityType.Person))
            ?? (ReportingOutlet(document, cue, inWindow) is { } outlet ? BodyCitedBy(document, cue, outlet, stop, inWindow) ?? outlet : null)
            ?? (cue.Kind == CueKind.AccordingTo || inWindow.Count > 0 && inWindow[0].Start <= from + 40
                ? inWindow.FirstOrDefault(m => SpeakingBody(m) is not null && CanBeSubject(document, cue, m) && (press is null || OwnsPress(document, m, press.Value.NounEnd)))
                : null);
        if (chosen is { Type: EntityType.Person } && government >= 0)
        {
            // مسؤولون في إدارة ترامب: the officials of the person's government speak for its state.
            var state = document.Find<EntityProfile>(p => p.EntityId == chosen.EntityId)?.Country;
            return (state is null ? null : new Speaker("country:" + state, Offset(document, government), chosen.End), document.LowerBound(document.Normalized.FromOriginal(chosen.End)));
        }
        if (chosen is not null)
        {
            var after = document.LowerBound(document.Normalized.FromOriginal(chosen.End));
            return (new Speaker(chosen.Type is EntityType.Person or EntityType.Agency ? chosen.EntityId : SpeakingBody(chosen)!, chosen.Start, chosen.End), after);
        }
        if (press is { After: var pressEnd })
        {
            return (null, pressEnd);
        }
        if (cue.Kind is CueKind.Verb or CueKind.AccordingTo && cue.End < limit && _reporting.StatementNouns.LongestAt(document.Normalized.Text, document.Tokens, cue.End) is { } statement && statement.TokenEnd <= limit)
        {
            // وأضاف البيان، وبحسب البيان: the statement speaks for whoever issued it, the one who last spoke.
            return (last, statement.TokenEnd);
        }
        if (cue.Kind == CueKind.Verb && UnnamedSubjectAt(document, cue.End, limit, mentions) is var (unnamed, subjectEnd))
        {
            return (unnamed, subjectEnd);
        }
        if (NamesUnknownSource(document, cue, stop))
        {
            // وبحسب دبلوماسي أميركي، فإن: a source the text ties to a state speaks for it; any other is unknown.
            return (UnnamedSubjectAt(document, cue.End, limit, mentions) is ({ } state, _) ? state : null, cue.End);
        }
        return (Continued(document, cue, sentenceSpeaker, last), cue.End);
    }

    /// <summary>Whether a token counts what follows it: a numeral, a number word or a vague count (عشرات).</summary>
    private bool IsCount(Token token) =>
        token.IsNumber || knowledge.Numbers.Units.ContainsKey(token.Text) || knowledge.Numbers.VagueFirstWords.Contains(token.Text);

    /// <summary>
    /// The person named in an unnamed source's subject, and the token of the noun for the person's
    /// government when it is that government the source belongs to (else -1). A person after the source's words and titles names the source
    /// (دبلوماسي بالسفارة الأمريكية اللواء تشارلز هوبر) and speaks; one after a noun for a leader's
    /// government (مسؤولون في إدارة ترامب، مصدر في حكومة الرئيس نتنياهو) gives the state the source
    /// speaks for; one after a preposition, through titles or not, is whom the source is close to
    /// or speaks about (مصدر مقرب من الرئيس بوتين), never the speaker, and none is returned.
    /// </summary>
    private (EntityMention? Person, int Government) SourcePerson(Document document, int sourceEnd, List<EntityMention> inWindow)
    {
        var tokens = document.Tokens;
        if (inWindow.FirstOrDefault(m => m.Type == EntityType.Person && TokenAt(document, m.Start) >= sourceEnd) is not { } person)
        {
            return (null, -1);
        }
        var token = TokenAt(document, person.Start);
        // The titles right before the name (الرئيس، اللواء، وزير الخارجية) belong to it.
        var start = token;
        var glued = Offset(document, token) < person.Start;
        for (var moved = true; moved && start > sourceEnd;)
        {
            moved = false;
            for (var k = Math.Max(sourceEnd, start - 3); k < start; k++)
            {
                if (_roles.Phrases.LongestAt(document.Normalized.Text, tokens, k) is { } title && title.TokenEnd == start && !document.PunctuationBetween(k, start))
                {
                    start = k;
                    glued = title.PrefixLength > 0;
                    moved = true;
                    break;
                }
            }
        }
        if (glued && tokens[start].Text[0] is 'ب' or 'ل')
        {
            return (null, -1);
        }
        if (start > sourceEnd && !document.PunctuationBetween(start - 1, start))
        {
            var before = tokens[start - 1].Text;
            if (Clitics.AnyReadingIn(before, _reporting.GovernmentNouns))
            {
                return (person, start - 1);
            }
            if (knowledge.FunctionWords.IsPreposition(before) || before is "مقرب" or "مقربه" or "مقربون" or "مقربين")
            {
                return (null, -1);
            }
        }
        return (person, -1);
    }

    /// <summary>
    /// Whether an «according to» phrase names a source no entity names (وبحسب جمعيات حقوقية، فإن;
    /// وفقا لمسؤولين محليين): such a source speaks, unknown, and is not the last speaker. Only the
    /// phrases that take their source next (بحسب، حسب، وفقا ل، طبقا ل، نقلا عن، استنادا إلى، على
    /// لسان); «as he said» (على حد قوله) and the like continue the last speaker.
    /// </summary>
    private bool NamesUnknownSource(Document document, Cue cue, int stop)
    {
        var tokens = document.Tokens;
        if (cue.Kind != CueKind.AccordingTo || cue.End >= stop || BreakBefore(document, cue.End, colonOnly: false)
            || IsComplementizer(tokens[cue.End].Text) || tokens[cue.End].Text is "ما" || Clitics.AnyReadingIn(tokens[cue.End].Text, _reporting.PronounSpeakers))
        {
            return false;
        }
        var first = tokens[cue.Token].Text;
        var phrase = string.Join(' ', tokens.Skip(cue.Token + 1).Take(cue.End - cue.Token - 1).Select(t => t.Text).Prepend(first));
        return SourceTakingPhrases.Contains(phrase) || (first.Length > 3 && first[0] is 'و' or 'ف' && SourceTakingPhrases.Contains(phrase[1..]));
    }

    /// <summary>
    /// The speaker a cue without a subject of its own continues: the sentence's subject, else the
    /// last speaker, the first whose gender the cue agrees with. A feminine cue (وأضافت، مؤكدة)
    /// never continues a man the text or the gazetteer titled, nor a masculine one (وأضاف) a woman;
    /// a plural or dual one (وقالوا، وأضافا، مشيرين) continues no one.
    /// </summary>
    private Speaker? Continued(Document document, Cue cue, Speaker? sentenceSpeaker, Speaker? last)
    {
        if (CueIsPlural(document, cue))
        {
            // وقالوا إن، مؤكدين أن: a group speaks, whom the text has not named as the one speaker.
            return null;
        }
        if (CueIsFeminine(document, cue) is not { } feminine)
        {
            return sentenceSpeaker ?? last;
        }
        foreach (var candidate in (Speaker?[])[sentenceSpeaker, last])
        {
            if (candidate is not null && Agrees(document, candidate.Id, feminine))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Whether a speaker can be the subject of a cue of that gender: any but a person whose titles say otherwise.</summary>
    private static bool Agrees(Document document, string speakerId, bool? feminine) =>
        feminine is null || document.Find<EntityProfile>(p => p.EntityId == speakerId && p.Type == EntityType.Person)?.Feminine is not { } known || known == feminine;

    /// <summary>Whether a cue is plural or dual (قالوا، يقولون، قالا، مؤكدين), by its ending against the lemma.</summary>
    private static bool CueIsPlural(Document document, Cue cue)
    {
        var word = document.Tokens[cue.Token].Text;
        var stem = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        if (cue.Kind == CueKind.Participle)
        {
            return stem.EndsWith("ين", StringComparison.Ordinal) || stem.EndsWith("ون", StringComparison.Ordinal) || stem.EndsWith("ات", StringComparison.Ordinal);
        }
        if (cue.Kind != CueKind.Verb || cue.Lemma is null)
        {
            return false;
        }
        var lemma = ArabicNormalizer.Fold(cue.Lemma);
        return stem.EndsWith("وا", StringComparison.Ordinal) || stem == lemma + "ا" || stem == lemma + "تا"
            || (stem[0] is 'ي' or 'ت' && (stem.EndsWith("ون", StringComparison.Ordinal) || stem.EndsWith("ان", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether a cue is feminine (قالت، تقول، مضيفة), masculine (قال، يقول، مضيفا), or neither
    /// (a dual or plural, a form the lemma does not show): the third person singular marks it.
    /// </summary>
    private static bool? CueIsFeminine(Document document, Cue cue)
    {
        var word = document.Tokens[cue.Token].Text;
        var stem = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        if (cue.Kind == CueKind.Participle)
        {
            return stem.EndsWith('ه') ? true : stem.EndsWith('ا') ? false : null;
        }
        if (cue.Kind != CueKind.Verb || cue.Lemma is null)
        {
            return null;
        }
        var lemma = ArabicNormalizer.Fold(cue.Lemma);
        if (stem == lemma)
        {
            return false;
        }
        if (stem == lemma + "ت")
        {
            return true;
        }
        return stem[0] switch
        {
            'ي' => false,
            'ت' => true,
            _ => null,
        };
    }

    /// <summary>
    /// The person a statement named a few words before a verb that speaks «in it» belongs to
    /// (تصريحات للوزير الألماني قال فيها إن، تصريحات للوزير الإثيوبي هايلي تسفاي قال فيها): the one
    /// the statement noun's ل takes, maybe after their title; or null, when the sentence's own
    /// subject issued it (أصدر X بيانا قال فيه).
    /// </summary>
    private EntityMention? StatementOwnerBefore(Document document, Cue cue, List<EntityMention> mentions)
    {
        const int reach = 12;
        const int ownerTitleTokens = 4;
        var tokens = document.Tokens;
        for (var t = cue.Token - 2; t >= Math.Max(0, cue.Token - reach); t--)
        {
            if (document.PunctuationBetween(t, t + 1) && SentenceBreakBetween(document.Text, Offset(document, t), Offset(document, t + 1)))
            {
                return null;
            }
            if (!Clitics.AnyReadingIn(tokens[t].Text, _reporting.IssuedStatements) || tokens[t + 1].Text[0] != 'ل')
            {
                continue;
            }
            // The owner right after ل, or after the title that ل takes (تصريحات للوزير الإثيوبي هايلي تسفاي).
            return mentions.FirstOrDefault(m => m.Type == EntityType.Person && TokenAt(document, m.Start) is var at && at > t && at <= t + ownerTitleTokens && m.End <= Offset(document, cue.Token));
        }
        return null;
    }

    private static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var c = from; c < to; c++)
        {
            if (text[c] is '.' or '!' or '?' or '؟' or '\n')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The outlet, body or state that issued the indefinite document right after the verb (بيان،
    /// تقرير), named next to it, with ل or without, or after صادر عن or أصدره (بيان رسمي صادر عن
    /// الرئاسة، تقرير أصدره البنك الدولي); or null.
    /// </summary>
    private EntityMention? IssuerOf(Document document, Cue cue, List<EntityMention> inWindow)
    {
        var tokens = document.Tokens;
        if (cue.End + 1 >= tokens.Count || !_reporting.IssuedStatements.Contains(tokens[cue.End].Text))
        {
            return null;
        }
        var at = cue.End + 1;
        // بيان رسمي صادر عن: one adjective may stand before the word that links the issuer.
        var link = IssuerLink(tokens, at) > 0 ? at : IssuerLink(tokens, at + 1) > 0 ? at + 1 : -1;
        if (link >= 0)
        {
            at = link + IssuerLink(tokens, link);
        }
        if (at >= tokens.Count || document.PunctuationBetween(cue.End, at))
        {
            return null;
        }
        return inWindow.FirstOrDefault(m => TokenAt(document, m.Start) == at && (m.Type == EntityType.Agency || SpeakingBody(m) is not null));
    }

    /// <summary>How many tokens link a document to its issuer at a token (صادر عن، أصدرته), or 0.</summary>
    private static int IssuerLink(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return 0;
        }
        if (tokens[at].Text is "صادر" or "صادره")
        {
            return at + 1 < tokens.Count && tokens[at + 1].Text is "عن" or "من" ? 2 : 0;
        }
        // Not نشرته: who published a statement (بيان نشرته وكالة) did not issue it.
        return tokens[at].Text is "اصدره" or "اصدرته" ? 1 : 0;
    }

    /// <summary>
    /// Whether a body or a country in the verb's window can be its subject. A verb followed at
    /// once by a preposition has left its subject unsaid (وقال في مؤتمر صحافي عقده في أنقرة،
    /// وأضاف خلال إفادة في البنتاغون): a place or body inside that phrase is where or to whom it was
    /// said, unless it is the one whose statement the phrase names (وقالت في بيان وزارة الخارجية),
    /// the one word after the preposition. A body after على or عبر is the medium the words went out
    /// on, never their speaker.
    /// </summary>
    private bool CanBeSubject(Document document, Cue cue, EntityMention mention)
    {
        var tokens = document.Tokens;
        var token = TokenAt(document, mention.Start);
        if (token > cue.End && token < tokens.Count && tokens[token - 1].Text is "علي" or "عبر")
        {
            // وغردت اللجنة على "تويتر"، وقال عبر التلفزيون الرسمي: the medium it was said on (على folds to علي).
            return false;
        }
        if (mention.Type == EntityType.Country && token > 0 && !document.PunctuationBetween(token - 1, token) && Clitics.AnyReadingIn(tokens[token - 1].Text, knowledge.Nisba.OpponentHeads))
        {
            // قال مفاوضون من المعارضة السورية: the state's opponents, never its voice.
            return false;
        }
        if (cue.Kind != CueKind.Verb || cue.End >= tokens.Count || !knowledge.FunctionWords.IsPreposition(tokens[cue.End].Text))
        {
            return true;
        }
        // في بيان وزارة: one word, the statement, between the preposition and the body that made it.
        return token == cue.End + 2 && !knowledge.FunctionWords.Contains(tokens[cue.End + 1].Text) && !document.PunctuationBetween(cue.End, token);
    }

    /// <summary>
    /// A subject the text gives but no person names, and where it ends: an unnamed source
    /// (مصدر دبلوماسي), «one of» a group (أحد المارة), a body no entity names (مكتب المحاماة) or a
    /// definite noun (السلطات، الشرطة) right after the verb. Such a speaker is unknown and does not continue the last one, except that a
    /// source the text ties to a state (مصدر دبلوماسي سعودي، مصادر روسية) speaks for that state.
    /// </summary>
    private (Speaker? Speaker, int End)? UnnamedSubjectAt(Document document, int at, int limit, List<EntityMention> mentions)
    {
        if (at >= limit || BreakBefore(document, at, colonOnly: false))
        {
            return null;
        }
        if (_reporting.AnonymousSources.LongestAt(document.Normalized.Text, document.Tokens, at) is { } source && source.TokenEnd <= limit)
        {
            var end = source.TokenEnd;
            if (end < limit && !BreakBefore(document, end, colonOnly: false))
            {
                if (mentions.FirstOrDefault(m => m.Type == EntityType.Country && m.Start == Offset(document, end)) is { } state)
                {
                    return (new Speaker(state.EntityId, state.Start, state.End), document.LowerBound(document.Normalized.FromOriginal(state.End)));
                }
                // مصدر دبلوماسي تركي، مصدر عسكري روسي، مسؤولون أتراك: the indefinite adjective (or
                // the broken plural of its people) that ties the source to its state, right after it
                // or after one more adjective.
                for (var k = end; k < Math.Min(limit, end + 2) && (k == end || !BreakBefore(document, k, colonOnly: false)); k++)
                {
                    if ((_gazetteer.StateOfIndefiniteAdjective(document.Tokens[k].Text)
                        ?? (knowledge.Relations.PeoplePlurals.TryGetValue(document.Tokens[k].Text, out var people) ? "country:" + people : null)) is { } country)
                    {
                        var (s, e) = document.OriginalSpan(k, k + 1);
                        return (new Speaker(country, s, e), k + 1);
                    }
                    if (_functionWords.Contains(document.Tokens[k].Text) || document.Tokens[k].Text.StartsWith("ال", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
            return (null, end);
        }
        var word = document.Tokens[at].Text;
        if (word is "احد" or "احدي" && at + 1 < limit)
        {
            return (null, at + 2);
        }
        if (BodyNamedBy(document, at, mentions) is { } body)
        {
            return (new Speaker(body.EntityId, body.Start, body.End), at + 1);
        }
        if (OrganizationHeads.Contains(word) && at + 1 < limit && !BreakBefore(document, at + 1, colonOnly: false) && document.Tokens[at + 1].Text.StartsWith("ال", StringComparison.Ordinal))
        {
            // وأوضح مكتب المحاماة أن: a body no data file names, not the last speaker; but the
            // management of a body the text named speaks for it (وأشارت إدارة الشركة).
            return BodyNamedBy(document, at + 1, mentions) is { } owner ? (new Speaker(owner.EntityId, owner.Start, owner.End), at + 2) : (null, at + 2);
        }
        // قال الأربعاء، رأت الأسبوع الماضي: a definite word that names a time is an adverb, not the subject.
        return word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) && !IsComplementizer(word) && !knowledge.Calendar.IsTimeWord(word) && !_functionWords.Contains(word)
            ? (null, at + 1)
            : null;
    }

    /// <summary>The nouns that head an organization's name (مكتب، شركة، مجلس), folded, as written.</summary>
    private static readonly HashSet<string> OrganizationHeads = Stages.Entities.Tagging.CueWords.FoldedOneWordOrganizationHeads;

    /// <summary>
    /// The body or outlet a definite head noun right after the verb refers back to (وأضافت الوزارة
    /// after وزارة الخارجية الروسية، وقالت الوكالة after وكالة تاس، وقالت الشركة after شركة غازبروم):
    /// the latest mention before it whose name the same noun heads, or null.
    /// </summary>
    private static EntityMention? BodyNamedBy(Document document, int at, List<EntityMention> mentions)
    {
        var word = document.Tokens[at].Text;
        if (word.Length < 5 || !word.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        var head = word.AsSpan(2);
        var before = Offset(document, at);
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var mention = mentions[k];
            if (mention.Start >= before || mention.Type is not (EntityType.Org or EntityType.Agency))
            {
                continue;
            }
            // The noun opens the name (وزارة الخارجية) or stands right before it, the name maybe in
            // quotation marks (شركة غازبروم، مجلة «فوربس»).
            var token = document.LowerBound(document.Normalized.FromOriginal(mention.Start));
            if (IsHeadedBy(document.Tokens[token].Text, head) || (token > 0 && OnlyOpeningMarksBetween(document, token - 1, token) && IsHeadedBy(document.Tokens[token - 1].Text, head)))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// The body a definite head noun right after the verb refers back to, when that noun is the
    /// verb's subject and what follows it only qualifies it: a state or body named in its relative
    /// clause or after it (وقالت الوزارة التي استدعت السفير البريطاني) is not the one speaking,
    /// and the adjective of the body's own state (وأكدت الوزارة الصينية after وزارة الدفاع
    /// الصينية) names the same body. An adjective of another state, or a body whose state is
    /// unknown before one, leaves the noun unresolved here. Returns the body and the token after
    /// the noun and its adjective.
    /// </summary>
    private (EntityMention Body, int After)? ReferredBodyAt(Document document, int at, int stop, List<EntityMention> mentions, List<EntityMention> inWindow)
    {
        if (at >= stop || BreakBefore(document, at, colonOnly: false) || mentions.Any(m => TokenAt(document, m.Start) == at)
            || BodyNamedBy(document, at, mentions) is not { } body)
        {
            return null;
        }
        var adjective = inWindow.FirstOrDefault(m => TokenAt(document, m.Start) == at + 1 && m.Type == EntityType.Country && !document.PunctuationBetween(at, at + 1));
        if (adjective is null)
        {
            return (body, at + 1);
        }
        return document.Find<EntityProfile>(p => p.EntityId == body.EntityId)?.Country is { Length: 2 } code && adjective.EntityId == "country:" + code
            || QualifiedBy(document, body, adjective.EntityId, mentions)
            ? (body, document.LowerBound(document.Normalized.FromOriginal(adjective.End)))
            : null;
    }

    /// <summary>Whether nothing but spaces and opening quotation marks stands between two tokens (صحيفة «ميرور»).</summary>
    private static bool OnlyOpeningMarksBetween(Document document, int left, int right)
    {
        var text = document.Normalized.Text;
        for (var c = document.Tokens[left].End; c < document.Tokens[right].Start; c++)
        {
            if (text[c] is not (' ' or '"' or '«' or '“'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the article wrote a body's name with the state adjective right after it (مجلة «فوربس»
    /// الأمريكية): then the noun with that adjective (المجلة الأمريكية) names the same body, whatever
    /// the data files know of its state.
    /// </summary>
    private static bool QualifiedBy(Document document, EntityMention body, string countryId, List<EntityMention> mentions)
    {
        foreach (var named in mentions)
        {
            if (named.EntityId != body.EntityId)
            {
                continue;
            }
            var after = document.LowerBound(document.Normalized.FromOriginal(named.End));
            if (mentions.Any(m => m.EntityId == countryId && TokenAt(document, m.Start) == after))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a word is the noun, bare or after one proclitic letter (لوزارة، بشركة).</summary>
    private static bool IsHeadedBy(string word, ReadOnlySpan<char> head) => word.AsSpan().EndsWith(head) && word.Length - head.Length <= 1;

    /// <summary>
    /// The body a quoting verb's outlet cites a few words after «عن» (نقلت واشنطن بوست عن مسؤول في
    /// البيت الأبيض، عن متحدث باسم الشرطة البريطانية): it speaks, not the outlet; or null.
    /// </summary>
    private EntityMention? BodyCitedBy(Document document, Cue cue, EntityMention outlet, int stop, List<EntityMention> inWindow)
    {
        const int reach = 4;
        if (cue.Lemma is not { } lemma || !_reporting.QuotingVerbs.Contains(lemma))
        {
            return null;
        }
        for (var k = document.LowerBound(document.Normalized.FromOriginal(outlet.End)); k < stop; k++)
        {
            if (document.Tokens[k].Text == "عن")
            {
                return inWindow.FirstOrDefault(m => TokenAt(document, m.Start) is var at && at > k && at <= k + reach && SpeakingBody(m) is not null);
            }
        }
        return null;
    }

    /// <summary>
    /// An agency or outlet that is itself the subject of the verb (وذكرت وكالة تاس أن، وقالت صحيفة
    /// وول ستريت جورنال إن، وقالت صحيفة "صن" البريطانية إن): its report is the statement when it
    /// names no one it quotes, and the state adjective after it only qualifies it. Only right after
    /// the verb, as written, or after the outlet noun there: an outlet after a preposition (قال مصدر
    /// لوكالة الأنباء الفرنسية) is whom the speaker told, and one later in the clause is no subject.
    /// </summary>
    private EntityMention? ReportingOutlet(Document document, Cue cue, List<EntityMention> inWindow)
    {
        if (cue.Kind is not (CueKind.Verb or CueKind.AccordingTo) || inWindow.FirstOrDefault(m => m.Type == EntityType.Agency) is not { } outlet)
        {
            return null;
        }
        var at = TokenAt(document, outlet.Start);
        if (at == cue.End)
        {
            return SubjectPrefix(document, cue, Math.Max(0, document.Normalized.FromOriginal(outlet.Start) - document.Tokens[cue.End].Start)) ? outlet : null;
        }
        if (cue.End >= document.Tokens.Count || knowledge.Credits.OutletNouns.LongestAt(document.Normalized.Text, document.Tokens, cue.End) is not { } noun
            || !SubjectPrefix(document, cue, noun.PrefixLength))
        {
            return null;
        }
        // The state adjective may qualify the outlet noun before the name (وكالة الأنباء التركية الأناضول).
        var named = noun.TokenEnd;
        if (inWindow.FirstOrDefault(m => m.Type == EntityType.Country && TokenAt(document, m.Start) == named) is { } adjective)
        {
            named = document.LowerBound(document.Normalized.FromOriginal(adjective.End));
        }
        return at == named ? outlet : null;
    }

    /// <summary>
    /// Whether the proclitics of the word right after a cue leave it the cue's subject: و or ف, or
    /// the ل that وفقا and طبقا take (وفقا لصحيفة). Any other ل or ب makes it whom the words were
    /// told (في تصريحات لصحيفة «ميليت»، وقال لراديو أوزودي).
    /// </summary>
    private static bool SubjectPrefix(Document document, Cue cue, int prefixLength)
    {
        var prefix = document.Tokens[cue.End].Text.AsSpan(0, prefixLength);
        return OnlyConjunctions(prefix)
            || (cue.Kind == CueKind.AccordingTo && prefix is ['ل'] && (TakesLam(document.Tokens[cue.End - 1].Text) || TakesLam(document.Tokens[cue.End - 1].Text.AsSpan(1))));

        static bool TakesLam(ReadOnlySpan<char> word) => word is "وفقا" or "طبقا" or "وفق" or "طبق";
    }

    /// <summary>
    /// Where a subject that is the press ends, when the cue's subject is the press at large or an
    /// unnamed report (وذكرت وسائل الإعلام الأمريكية، وقالت تقارير إعلامية تركية، وبحسب الصحف
    /// الإيطالية), or an outlet noun whose outlet the text names as no entity (بحسب موقع محلي
    /// بريطاني; a named outlet is chosen before this): the state its adjective names is where the
    /// press is, not who speaks, though a body that owns it still does (الإذاعة التابعة لوزارة
    /// الداخلية). With ل or ب the press is whom the words were told (وقال لراديو محلي), no
    /// subject. Null when the subject is something else.
    /// </summary>
    private (int NounEnd, int After)? PressSubjectAt(Document document, Cue cue, int stop, List<EntityMention> inWindow)
    {
        if (cue.Kind is not (CueKind.Verb or CueKind.AccordingTo) || cue.End >= stop || inWindow.Any(m => TokenAt(document, m.Start) == cue.End))
        {
            // A name the noun opens (الوكالة الدولية للطاقة، وكالة موديز) is no unnamed press.
            return null;
        }
        var text = document.Normalized.Text;
        int end;
        if (_reporting.PressSubjects.LongestAt(text, document.Tokens, cue.End) is { } press && press.TokenEnd <= stop && SubjectPrefix(document, cue, press.PrefixLength))
        {
            end = press.TokenEnd;
        }
        else if (knowledge.Credits.OutletNouns.LongestAt(text, document.Tokens, cue.End) is { } noun && noun.TokenEnd < stop && SubjectPrefix(document, cue, noun.PrefixLength))
        {
            end = noun.TokenEnd;
        }
        else
        {
            return null;
        }
        var adjective = inWindow.FirstOrDefault(m => m.Type == EntityType.Country && TokenAt(document, m.Start) >= end && TokenAt(document, m.Start) <= end + 2);
        return (end, adjective is null ? end : document.LowerBound(document.Normalized.FromOriginal(adjective.End)));
    }

    /// <summary>
    /// Where a subject that is a group of people the text does not name ends (وقال سكان، وقال
    /// ناشطون سوريون), after the state adjective that says where they are; null when the cue's
    /// subject is something else. Right after the verb only, as written or after «and».
    /// </summary>
    private int? UnnamedGroupAt(Document document, Cue cue, int stop, List<EntityMention> inWindow)
    {
        if (cue.Kind != CueKind.Verb || cue.End >= stop || _reporting.UnnamedGroups.LongestAt(document.Normalized.Text, document.Tokens, cue.End) is not { } group
            || group.TokenEnd > stop || !SubjectPrefix(document, cue, group.PrefixLength))
        {
            return null;
        }
        var end = group.TokenEnd;
        return inWindow.FirstOrDefault(m => m.Type == EntityType.Country && TokenAt(document, m.Start) == end) is { } adjective
            ? document.LowerBound(document.Normalized.FromOriginal(adjective.End))
            : end;
    }

    /// <summary>Whether a body is named right after the press noun, as the one it belongs to (الإذاعة التابعة لوزارة الداخلية، صحيفة الجيش).</summary>
    private static bool OwnsPress(Document document, EntityMention mention, int pressNounEnd) =>
        mention.Type == EntityType.Org && TokenAt(document, mention.Start) - pressNounEnd is >= 0 and <= 2;

    /// <summary>The id that speaks when a mention is a subject and no person is: a country or body itself, or for a capital its country (أكدت موسكو).</summary>
    private string? SpeakingBody(EntityMention mention) => mention.Type switch
    {
        EntityType.Country or EntityType.Org => mention.EntityId,
        EntityType.City => _gazetteer.CapitalOf.GetValueOrDefault(mention.EntityId)?.Id,
        _ => null,
    };

    /// <summary>The most words an aside in brackets holds after a complementizer-like word (the letters of an acronym).</summary>
    private const int MaxAsideWords = 4;

    /// <summary>The complementizer that opens the reported clause: after a verb within its window, right after a participle or «according to» phrase.</summary>
    private int? Complementizer(Document document, Cue cue, int after, int limit, int nextCue, List<(int Start, int End, bool Closed)> names)
    {
        var tokens = document.Tokens;
        var reach = cue.Kind switch
        {
            CueKind.Verb => Math.Min(limit, cue.End + SubjectWindow),
            _ => Math.Min(limit, after + 3),
        };
        var brackets = 0;
        for (var k = cue.Kind == CueKind.Verb ? cue.End : after; k < reach; k++)
        {
            if (BreakBefore(document, k, colonOnly: false) && !OnlyMarksOfName(document, k, names))
            {
                return null;
            }
            // A word inside brackets that close a few words on is an aside (المركز الوطني (إن سي إس
            // سي) إنه …, شبكة (سي إن إن) إن …: the إن there spells a letter); brackets round a whole
            // clause quote it (قال (إن المملكة لن تتراجع …)).
            brackets = Math.Max(0, brackets + BracketDepthChange(document, k));
            if ((brackets == 0 || !BracketClosesWithin(document, k, reach)) && IsComplementizer(tokens[k].Text) && !names.Any(name => name.Start <= Offset(document, k) && Offset(document, k) < name.End))
            {
                return k;
            }
            if (cue.Kind == CueKind.Verb && _reporting.SayingNouns.Contains(tokens[k].Text))
            {
                // نقلت الوكالة عن الوزير، نائب رئيس الحكومة، قوله أمس، إن: the clause opens a few words after «his saying».
                reach = Math.Min(limit, Math.Max(reach, k + 1 + SayingNounReach));
            }
        }
        // بحسب السفير، فإن …; but وحسب الوكالة، قال الوزير إن …: the phrase fronts a report of its own.
        if (cue.Kind == CueKind.AccordingTo && after < limit && after > cue.End && CommaBefore(document, after) && after != nextCue)
        {
            return after - 1;
        }
        return null;
    }

    /// <summary>
    /// Whether tokens [from, to) only name someone or something, with titles and state adjectives
    /// (وزير الزراعة الكيني بيتر موانغي): a subject whose predicate the quotation gives.
    /// </summary>
    private bool NamesOnly(Document document, int from, int to, List<EntityMention> mentions)
    {
        var named = false;
        var k = from;
        while (k < to)
        {
            var offset = Offset(document, k);
            if (mentions.FirstOrDefault(m => m.Start == offset) is { } mention)
            {
                named = true;
                k = Math.Max(k + 1, document.LowerBound(document.Normalized.FromOriginal(mention.End)));
                continue;
            }
            if (_roles.Phrases.LongestAt(document.Normalized.Text, document.Tokens, k) is { } role)
            {
                k = role.TokenEnd;
                continue;
            }
            if (_roles.Modifiers.LongestAt(document.Normalized.Text, document.Tokens, k) is { } modifier)
            {
                k = modifier.TokenEnd;
                continue;
            }
            return false;
        }
        return named;
    }

    /// <summary>A function word right before a quotation (على «…»، ضد "…") makes the quotation part of the clause it sits in.</summary>
    private bool GovernsQuotation(Document document, int quotationToken) =>
        quotationToken > 0 && !IsComplementizer(document.Tokens[quotationToken - 1].Text) && _functionWords.Contains(document.Tokens[quotationToken - 1].Text);

    /// <summary>
    /// Whether the clause starts again right before a quotation, with a complementizer after a
    /// comma (أنه على الرغم من …، فإن "…"): what came before was a fronted phrase, not a statement.
    /// </summary>
    private bool ResumedBeforeQuotation(Document document, int quotationToken) =>
        quotationToken > 1 && IsComplementizer(document.Tokens[quotationToken - 1].Text) && CommaBefore(document, quotationToken - 1);

    private bool IsPresentTense(Document document, Cue cue) =>
        Clitics.AnyReadingIn(document.Tokens[cue.Token].Text, _reporting.PresentForms);

    private bool IsComplementizer(string word) => _reporting.Complementizers.Contains(word);

    /// <summary>Whether a bracket open at token k closes within <see cref="MaxAsideWords"/> words after it (and before <paramref name="limit"/>).</summary>
    private static bool BracketClosesWithin(Document document, int k, int limit)
    {
        for (var j = k + 1; j <= Math.Min(k + MaxAsideWords, Math.Min(limit, document.Tokens.Count - 1)); j++)
        {
            if (BracketDepthChange(document, j) < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many brackets open, less those that close, between token k and the one before it.</summary>
    private static int BracketDepthChange(Document document, int k)
    {
        var text = document.Normalized.Text;
        var change = 0;
        for (var c = k == 0 ? 0 : document.Tokens[k - 1].End; c < document.Tokens[k].Start; c++)
        {
            change += text[c] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
        }
        return change;
    }

    private static bool BreakBefore(Document document, int k, bool colonOnly)
    {
        var text = document.Normalized.Text;
        for (var c = document.Tokens[k - 1 < 0 ? 0 : k - 1].End; c < document.Tokens[k].Start; c++)
        {
            if (text[c] == ':' || (!colonOnly && text[c] is '.' or '؟' or '?' or '!' or '"' or '“' or '”' or '«' or '»'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether only blank space and the opening or closing mark of a quoted name stand between token k and the one before it.</summary>
    private static bool OnlyMarksOfName(Document document, int k, List<(int Start, int End, bool Closed)> names)
    {
        if (k == 0 || names.Count == 0)
        {
            return false;
        }
        var text = document.Normalized.Text;
        var (from, to) = (document.Tokens[k - 1].End, document.Tokens[k].Start);
        for (var c = from; c < to; c++)
        {
            if (!char.IsWhiteSpace(text[c]) && text[c] is not ('"' or '«' or '»' or '“' or '”' or '„'))
            {
                return false;
            }
        }
        var (start, end) = document.Normalized.ToOriginal(from, to);
        return names.Any(name => (start <= name.Start && name.Start <= end) || (start <= name.End && name.End <= end));
    }

    /// <summary>Whether a colon or an opening quotation mark stands right before token k.</summary>
    private static bool OpensQuotation(Document document, int k)
    {
        var text = document.Normalized.Text;
        for (var c = k == 0 ? 0 : document.Tokens[k - 1].End; c < document.Tokens[k].Start; c++)
        {
            if (text[c] is ':' or '"' or '“' or '«')
            {
                return true;
            }
        }
        return false;
    }

    private static bool CommaBefore(Document document, int k)
    {
        var text = document.Normalized.Text;
        for (var c = document.Tokens[k - 1].End; c < document.Tokens[k].Start; c++)
        {
            if (text[c] is '،' or ',')
            {
                return true;
            }
        }
        return false;
    }

    private static bool ColonBefore(string text, int quoteStart, int floor)
    {
        for (var c = quoteStart - 1; c >= floor; c--)
        {
            if (text[c] == ':')
            {
                return true;
            }
            if (!char.IsWhiteSpace(text[c]) && text[c] is not ('"' or '“' or '«' or '„'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The token an offset of the original text falls in (a mention after a proclitic starts inside its token: لصحيفة).</summary>
    private static int TokenAt(Document document, int originalOffset) => document.LowerBound(document.Normalized.FromOriginal(originalOffset) + 1) - 1;

    private static int Offset(Document document, int token) =>
        token < document.Tokens.Count ? document.Normalized.ToOriginal(document.Tokens[token].Start, document.Tokens[token].End).Start : document.Text.Length;

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '،' or ',' or '.' or '؛'))
        {
            end--;
        }
        return end;
    }

    private static int WordCount(string text, int start, int end) => text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
