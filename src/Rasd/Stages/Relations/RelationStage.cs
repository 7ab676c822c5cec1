using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;
using Rasd.Stages.Dates;
using Rasd.Text;

namespace Rasd.Stages.Relations;

/// <summary>
/// Relates pairs of countries. In each sentence of the title and body, a country is referred to by
/// its name or state-naming nisba, its capital, its leaders and officials, its state bodies, and by
/// «our country» in a quotation (the speaker's); a speaker is not a party to what they report about
/// others. Two countries are related when they share a clause, or when one is the sentence's first
/// actor and the other appears anywhere in it. Sentences about «the two countries» with no names
/// go to the article's main pair. Topics come from the cue lexicon over the evidence; tone from
/// <see cref="ToneScorer"/>.
/// </summary>
public sealed class RelationStage(KnowledgeBase knowledge) : IPipelineStage
{
    private const int MaxListedCountriesForAllPairs = 3;
    private readonly ToneScorer _tone = new(knowledge.Tone);

    public string Name => "relations";

    /// <summary>A country referred to at a position; a speaker's reference carries the quotation they speak, which it is not a party to.</summary>
    private sealed record CountryReference(int Position, string Code, (int Start, int End)? SpeakerOf = null);

    public void Process(Document document)
    {
        var references = References(document);
        var evidence = new Dictionary<(string A, string B), List<Segment>>();
        var bilateral = new List<Segment>();
        var scope = document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Body).ToList();
        foreach (var sentence in document.All<Segment>().Where(s => s.Kind == SegmentKind.Sentence && scope.Any(r => r.Contains(s))).OrderBy(s => s.Start))
        {
            var inSentence = references.Where(r => sentence.Contains(r.Position)).OrderBy(r => r.Position).ToList();
            var pairs = Pairs(document, sentence, inSentence);
            foreach (var pair in pairs)
            {
                if (!evidence.TryGetValue(pair, out var list))
                {
                    evidence[pair] = list = [];
                }
                list.Add(sentence);
            }
            if (pairs.Count == 0 && inSentence.Select(r => r.Code).Distinct().Count() < 2 && MentionsBothSides(document, sentence))
            {
                bilateral.Add(sentence);
            }
        }
        if (evidence.Count > 0 && bilateral.Count > 0)
        {
            var main = evidence.MaxBy(e => e.Value.Count).Key;
            evidence[main].AddRange(bilateral);
        }
        foreach (var ((a, b), sentences) in evidence.OrderBy(e => e.Key.A, StringComparer.Ordinal).ThenBy(e => e.Key.B, StringComparer.Ordinal))
        {
            var ordered = sentences.Distinct().OrderBy(s => s.Start).ToList();
            document.Add(new Relation($"country:{a}", $"country:{b}", Topics(document, ordered), Tone(document, ordered), ordered.Select(s => (s.Start, s.End)).ToList()));
        }
    }

    private List<CountryReference> References(Document document)
    {
        var profiles = document.All<EntityProfile>().ToDictionary(p => p.EntityId, StringComparer.Ordinal);
        var day = PublishedAnchor.Parse(document.First<PublicationDate>()?.Value)?.ApproximateDay;
        var quotes = document.All<Quote>();
        var spoken = quotes.Where(q => q.SpeakerSpan is not null).ToList();
        var references = new List<CountryReference>();
        foreach (var mention in document.All<EntityMention>())
        {
            var code = mention.Type switch
            {
                EntityType.Country => mention.EntityId[^2..],
                EntityType.City => knowledge.Gazetteer.CapitalOf.GetValueOrDefault(mention.EntityId)?.Country,
                EntityType.Person => ActsForCountry(mention.EntityId, day) ? profiles.GetValueOrDefault(mention.EntityId)?.Country : null,
                EntityType.Org => profiles.GetValueOrDefault(mention.EntityId)?.Country,
                _ => null,
            };
            if (code is not null)
            {
                var quote = spoken.FirstOrDefault(q => q.SpeakerSpan!.Value.Start < mention.End && mention.Start < q.SpeakerSpan!.Value.End);
                references.Add(new CountryReference(mention.Start, code, quote is null ? null : (quote.Start, quote.End)));
            }
        }
        foreach (var quote in quotes.Where(q => q.SpeakerId is not null))
        {
            var code = profiles.GetValueOrDefault(quote.SpeakerId!)?.Country ?? (quote.SpeakerId!.StartsWith("country:", StringComparison.Ordinal) ? quote.SpeakerId[^2..] : null);
            if (code is null)
            {
                continue;
            }
            var words = quote.Kind == QuoteKind.Direct ? knowledge.Relations.FirstPersonCountry : knowledge.Relations.ThirdPersonCountry;
            var (first, end) = document.TokenRange(quote.Start, quote.End);
            for (var k = first; k < end; k++)
            {
                if (Clitics.AnyReadingIn(document.Tokens[k].Text, words))
                {
                    references.Add(new CountryReference(document.Normalized.ToOriginal(document.Tokens[k].Start, document.Tokens[k].End).Start, code));
                }
            }
        }
        return references;
    }

    /// <summary>
    /// A known person stands for their country only while holding one of its state offices on the
    /// article's date: a former official, the head of an international body (their country is their
    /// nationality), a party or movement leader and a private person do not. A person the gazetteer
    /// does not know keeps the country their title gave them.
    /// </summary>
    private bool ActsForCountry(string personId, DateOnly? day) =>
        knowledge.Gazetteer.Find(personId) is not { Offices.Count: > 0 } entry || entry.Offices.Any(o => o.ActsForState && o.HeldOn(day));

    private static List<(string, string)> Pairs(Document document, Segment sentence, List<CountryReference> references)
    {
        var pairs = new HashSet<(string, string)>();
        if (references.Count < 2)
        {
            return [];
        }
        var clauses = references.Select(r => ClauseIndex(document.Text, sentence.Start, r.Position)).ToList();
        var crowded = CountriesPerClause(references, clauses) > MaxListedCountriesForAllPairs;
        for (var x = 0; x < references.Count; x++)
        {
            for (var y = x + 1; y < references.Count; y++)
            {
                var linked = x == 0 || (clauses[x] == clauses[y] && !crowded);
                if (references[x].Code != references[y].Code && linked && !Reports(references[x], references[y], references) && !Reports(references[y], references[x], references))
                {
                    pairs.Add(Ordered(references[x].Code, references[y].Code));
                }
            }
        }
        return [.. pairs];
    }

    /// <summary>
    /// A speaker is no party to a quotation that relates two other countries (a president on a war
    /// between two neighbours); speaking of one country, they relate to it.
    /// </summary>
    private static bool Reports(CountryReference speaker, CountryReference other, List<CountryReference> references)
    {
        if (speaker.SpeakerOf is not { } quote || other.Position < quote.Start || other.Position >= quote.End)
        {
            return false;
        }
        return references.Where(r => r.Position >= quote.Start && r.Position < quote.End && r.Code != speaker.Code).Select(r => r.Code).Distinct().Count() >= 2;
    }

    /// <summary>The most countries any one clause names: a long list (روسيا وإيران وأذربيجان وكازاخستان) names members, not pairs.</summary>
    private static int CountriesPerClause(List<CountryReference> references, List<int> clauses) =>
        references.Select((r, i) => (r.Code, Clause: clauses[i])).GroupBy(r => r.Clause).Max(g => g.Select(r => r.Code).Distinct().Count());

    private static int ClauseIndex(string text, int from, int position)
    {
        var index = 0;
        for (var c = from; c < position; c++)
        {
            if (text[c] is '،' or ',' or '؛' or ';')
            {
                index++;
            }
        }
        return index;
    }

    private bool MentionsBothSides(Document document, Segment sentence)
    {
        var (first, end) = document.TokenRange(sentence.Start, sentence.End);
        for (var k = first; k < end; k++)
        {
            if (knowledge.Relations.Bilateral.LongestAt(document.Normalized.Text, document.Tokens, k) is { } match && match.TokenEnd <= end)
            {
                return true;
            }
        }
        return false;
    }

    private List<string> Topics(Document document, IReadOnlyList<Segment> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var (first, end) = document.TokenRange(sentence.Start, sentence.End);
            for (var k = first; k < end; k++)
            {
                var match = knowledge.Topics.Cues.LongestAt(document.Normalized.Text, document.Tokens, k);
                if (match is null || match.TokenEnd > end)
                {
                    continue;
                }
                foreach (var topic in match.Values.Distinct())
                {
                    counts[topic] = counts.GetValueOrDefault(topic) + 1;
                }
                k = match.TokenEnd - 1;
            }
        }
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
    }

    private double Tone(Document document, IReadOnlyList<Segment> sentences)
    {
        double sum = 0;
        var count = 0;
        foreach (var sentence in sentences)
        {
            var (first, end) = document.TokenRange(sentence.Start, sentence.End);
            var (s, c) = _tone.Score(document.Normalized.Text, document.Tokens, first, end);
            sum += s;
            count += c;
        }
        return count == 0 ? 0 : Math.Clamp(sum / count, -1, 1);
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
