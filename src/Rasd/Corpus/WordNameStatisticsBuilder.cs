using System.Collections.Concurrent;
using Rasd.Data;
using Rasd.Input;
using Rasd.Stages.Entities;

namespace Rasd.Corpus;

/// <summary>
/// Counts, over a corpus of real articles, how often each folded word occurs, how often the name
/// tagger (reading each article whole, as the pipeline does) puts it inside a person, organization
/// or place name, and how often it stands where names stand (<see cref="NameCueCounter"/>).
/// Articles are read on all cores; the result does not depend on their order. Words seen fewer
/// than <c>minimumOccurrences</c> times are left out: too rare to say anything. Without a tagger
/// the name columns are zero and only the occurrences and the cues are counted.
/// </summary>
public sealed class WordNameStatisticsBuilder(KnowledgeBase knowledge, INameTagger? tagger, int minimumOccurrences = 3)
{
    private const int Columns = 4 + NameCueCounter.CueCount;

    private readonly CorpusSentences _sentences = new(knowledge);
    private readonly NameCueCounter _cues = new(knowledge);

    public Dictionary<string, WordNameCounts> Build(IEnumerable<ArticleInput> articles, Action<long>? progress = null)
    {
        var totals = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        long done = 0;
        articles.AsParallel().ForAll(article =>
        {
            var sentences = _sentences.Of(article);
            var tags = tagger?.TagDocument(sentences);
            var local = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var cues = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (var s = 0; s < sentences.Count; s++)
            {
                _cues.Count(sentences[s], cues);
                for (var k = 0; k < sentences[s].Count; k++)
                {
                    var counts = Row(local, sentences[s][k]);
                    counts[0]++;
                    var tag = tags?[s][k] ?? "O";
                    if (tag.EndsWith("PER", StringComparison.Ordinal))
                    {
                        counts[1]++;
                    }
                    else if (tag.EndsWith("ORG", StringComparison.Ordinal))
                    {
                        counts[2]++;
                    }
                    else if (tag.EndsWith("LOC", StringComparison.Ordinal))
                    {
                        counts[3]++;
                    }
                }
            }
            foreach (var (word, cueCounts) in cues)
            {
                var counts = Row(local, word);
                for (var i = 0; i < cueCounts.Length; i++)
                {
                    counts[4 + i] += cueCounts[i];
                }
            }
            foreach (var (word, counts) in local)
            {
                var shared = totals.GetOrAdd(word, _ => new int[Columns]);
                for (var i = 0; i < Columns; i++)
                {
                    Interlocked.Add(ref shared[i], counts[i]);
                }
            }
            var count = Interlocked.Increment(ref done);
            if (count % 1000 == 0)
            {
                progress?.Invoke(count);
            }
        });
        return totals.Where(p => p.Value[0] >= minimumOccurrences)
            .ToDictionary(p => p.Key, p => new WordNameCounts(p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4], p.Value[5], p.Value[6], p.Value[7], p.Value[8], p.Value[9], p.Value[10]), StringComparer.Ordinal);
    }

    private static int[] Row(Dictionary<string, int[]> counts, string word)
    {
        if (!counts.TryGetValue(word, out var row))
        {
            counts[word] = row = new int[Columns];
        }
        return row;
    }
}
