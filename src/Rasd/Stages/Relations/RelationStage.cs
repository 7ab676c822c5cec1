using Rasd.Data;
using Rasd.Pipeline;
using Rasd.Pipeline.Annotations;

namespace Rasd.Stages.Relations;

/// <summary>
/// Relates pairs of countries that the title and body report something between. Each sentence is
/// read as its narrative frame and the quotations inside it, separately, by <see cref="ClauseRule"/>:
/// an interaction cue, بين, or a joint nisba pair must link two countries in one clause, lists are
/// one side, venues, topics and bloc members are no parties. A statement by a country's official
/// or body about one other country relates the two (<see cref="StatementRule"/>); a speaker is no
/// party to what they report between two others. Sentences about «the two countries» with no
/// names go to the article's main pair. Topics come from the topic cues and the events the
/// interaction cues name over the evidence; tone from <see cref="ToneScorer"/>.
/// </summary>
public sealed class RelationStage(KnowledgeBase knowledge) : IPipelineStage
{
    private readonly ToneScorer _tone = new(knowledge.Tone);
    private readonly CountryReferenceFinder _finder = new(knowledge);
    private readonly ClauseRule _clauses = new(knowledge);
    private readonly StatementRule _statements = new(knowledge);

    public string Name => "relations";

    public void Process(Document document)
    {
        var references = _finder.Find(document);
        var cues = new CueIndex(document, knowledge.Interactions);
        // In start order once, for every sentence's regions.
        var quotes = document.All<Quote>().OrderBy(q => q.Start).ToList();
        var evidence = new Dictionary<(string A, string B), List<Segment>>();
        var bilateral = new List<Segment>();
        var scope = document.All<Segment>().Where(s => s.Kind is SegmentKind.Title or SegmentKind.Body).ToList();
        var sentences = document.All<Segment>().Where(s => s.Kind == SegmentKind.Sentence && scope.Any(r => r.Contains(s))).OrderBy(s => s.Start).ToList();
        foreach (var sentence in sentences)
        {
            document.ThrowIfOutOfTime();
            var pairs = new HashSet<(string, string)>();
            var (first, end) = document.TokenRange(sentence.Start, sentence.End);
            foreach (var (regionStart, regionEnd) in Regions(document, first, end, quotes))
            {
                pairs.UnionWith(_clauses.Pairs(document, regionStart, regionEnd, references, cues));
            }
            foreach (var pair in pairs)
            {
                Evidence(evidence, pair).Add(sentence);
            }
            if (pairs.Count == 0 && !ClauseRule.TwoCountriesIn(references, first, end) && MentionsBothSides(document, first, end))
            {
                bilateral.Add(sentence);
            }
        }
        foreach (var (pair, quote) in _statements.Pairs(document, references, cues))
        {
            if (sentences.FirstOrDefault(s => s.Start <= quote.Start && quote.Start < s.End) is { } sentence)
            {
                Evidence(evidence, pair).Add(sentence);
            }
        }
        if (evidence.Count > 0 && bilateral.Count > 0)
        {
            var main = evidence.MaxBy(e => e.Value.Count).Key;
            evidence[main].AddRange(bilateral);
        }
        // Many pairs can share one sentence (a long list of countries): each sentence's topics and tone are read once.
        var readings = new Dictionary<Segment, SentenceReading>(ReferenceEqualityComparer.Instance);
        foreach (var ((a, b), found) in evidence.OrderBy(e => e.Key.A, StringComparer.Ordinal).ThenBy(e => e.Key.B, StringComparer.Ordinal))
        {
            document.ThrowIfOutOfTime();
            var ordered = found.Distinct().OrderBy(s => s.Start).ToList();
            var read = ordered.Select(sentence => readings.TryGetValue(sentence, out var known) ? known : readings[sentence] = Read(document, sentence, cues)).ToList();
            document.Add(new Relation($"country:{a}", $"country:{b}", Topics(read), Tone(read), ordered.Select(s => (s.Start, s.End)).ToList()));
        }
    }

    private static List<Segment> Evidence(Dictionary<(string A, string B), List<Segment>> evidence, (string, string) pair)
    {
        if (!evidence.TryGetValue(pair, out var list))
        {
            evidence[pair] = list = [];
        }
        return list;
    }

    /// <summary>The sentence's quotations (<paramref name="quotes"/>, in start order) and the narrative around them, as separate token ranges.</summary>
    private static List<(int Start, int End)> Regions(Document document, int first, int end, List<Quote> quotes)
    {
        var cuts = new List<(int Start, int End)>();
        foreach (var quote in quotes)
        {
            var (qs, qe) = document.TokenRange(quote.Start, quote.End);
            qs = Math.Max(qs, first);
            qe = Math.Min(qe, end);
            if (qs < qe && (cuts.Count == 0 || qs >= cuts[^1].End))
            {
                cuts.Add((qs, qe));
            }
        }
        var regions = new List<(int, int)>();
        var at = first;
        foreach (var (qs, qe) in cuts)
        {
            if (qs > at)
            {
                regions.Add((at, qs));
            }
            regions.Add((qs, qe));
            at = qe;
        }
        if (at < end)
        {
            regions.Add((at, end));
        }
        return regions;
    }

    private bool MentionsBothSides(Document document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (knowledge.Relations.Bilateral.LongestAt(document.Normalized.Text, document.Tokens, k) is { } match && match.TokenEnd <= end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What one sentence of evidence brings: its topic mentions, in order, and its tone's sum and count.</summary>
    private sealed record SentenceReading(List<string> Topics, double ToneSum, int ToneCount);

    private SentenceReading Read(Document document, Segment sentence, CueIndex cues)
    {
        var topics = new List<string>();
        var (first, end) = document.TokenRange(sentence.Start, sentence.End);
        for (var k = first; k < end; k++)
        {
            var match = knowledge.Topics.Cues.LongestAt(document.Normalized.Text, document.Tokens, k);
            if (match is null || match.TokenEnd > end)
            {
                continue;
            }
            topics.AddRange(match.Values.Distinct());
            k = match.TokenEnd - 1;
        }
        foreach (var (_, cue) in cues.In(first, end))
        {
            if (cue.Topic is { } topic)
            {
                topics.Add(topic);
            }
        }
        var (sum, count) = _tone.Score(document.Normalized.Text, document.Tokens, first, end);
        return new SentenceReading(topics, sum, count);
    }

    /// <summary>The contract's topics over the evidence: the cues of topics.json and the topics the interaction cues imply, most frequent first.</summary>
    private static List<string> Topics(IReadOnlyList<SentenceReading> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var topic in sentences.SelectMany(s => s.Topics))
        {
            counts[topic] = counts.GetValueOrDefault(topic) + 1;
        }
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
    }

    private static double Tone(IReadOnlyList<SentenceReading> sentences)
    {
        double sum = 0;
        var count = 0;
        foreach (var sentence in sentences)
        {
            sum += sentence.ToneSum;
            count += sentence.ToneCount;
        }
        return count == 0 ? 0 : Math.Clamp(sum / count, -1, 1);
    }
}
