using System.Collections.Concurrent;
using Rasd.Data;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Stages.Clean;
using Rasd.Stages.Entities;
using Rasd.Stages.Normalize;
using Rasd.Stages.Segmentation;

namespace Rasd.Corpus;

/// <summary>
/// Counts, over a corpus of real articles, how often each folded word occurs and how often the name
/// tagger (reading each article whole, as the pipeline does) puts it inside a person, organization
/// or place name. Articles are read on all cores; the result does not depend on their order.
/// Words seen fewer than <c>minimumOccurrences</c> times are left out: too rare to say anything.
/// </summary>
public sealed class WordNameStatisticsBuilder(KnowledgeBase knowledge, INameTagger tagger, int minimumOccurrences = 3)
{
    private readonly AnalysisPipeline _segmentation = new PipelineBuilder()
        .Add(new NormalizeStage())
        .Add(new CleanStage(knowledge))
        .Add(new SegmentStage(knowledge))
        .Build();

    public Dictionary<string, WordNameCounts> Build(IEnumerable<ArticleInput> articles, Action<long>? progress = null)
    {
        var totals = new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal);
        long done = 0;
        articles.AsParallel().ForAll(article =>
        {
            var document = _segmentation.Analyze(article);
            var (_, sentences) = SentenceTokens.Of(document);
            var tags = tagger.TagDocument(sentences);
            var local = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var k = 0; k < sentences[s].Count; k++)
                {
                    var word = sentences[s][k];
                    if (!local.TryGetValue(word, out var counts))
                    {
                        local[word] = counts = new int[4];
                    }
                    counts[0]++;
                    var tag = tags[s][k];
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
            foreach (var (word, counts) in local)
            {
                var shared = totals.GetOrAdd(word, _ => new int[4]);
                for (var i = 0; i < 4; i++)
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
            .ToDictionary(p => p.Key, p => new WordNameCounts(p.Value[0], p.Value[1], p.Value[2], p.Value[3]), StringComparer.Ordinal);
    }
}
