using Rasd.Pipeline;
using Rasd.Store.Abstractions;

namespace Rasd.Store.Ingest;

/// <summary>
/// Brings stored records up to the current pipeline version: the stored text and input go through
/// the pipeline again (on all cores), and each batch of new records and facts replaces the old in
/// one transaction. Interrupted, it resumes where it stopped, since done articles carry the new version.
/// </summary>
public sealed class ReanalysisService(IArticleStore store, AnalysisPipeline pipeline, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();
    private readonly ArticlePreparer _preparer = new(pipeline, (options ?? new IngestOptions()).TimeBudget);

    /// <summary>The articles whose new analysis failed: their previous record stays as it was.</summary>
    public List<string> Problems { get; } = [];

    public long Run(Action<long>? progress = null, CancellationToken cancellation = default)
    {
        var done = 0L;
        var after = 0L;
        while (!cancellation.IsCancellationRequested)
        {
            var outdated = store.OutdatedArticles(AnalysisPipeline.Version, after, _options.BatchSize);
            if (outdated.Count == 0)
            {
                break;
            }
            var outcomes = outdated
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(Math.Max(1, _options.Parallelism))
                .Select(stored => _preparer.Prepare(stored.Input, stored.SuppliedPublished))
                .ToList();
            Problems.AddRange(outcomes.Where(o => o.Problem is not null).Select(o => o.Problem!.Message));
            var prepared = outcomes.Where(o => o.Article is not null).Select(o => o.Article!).ToList();
            store.ReplaceAnalyses(prepared);
            done += prepared.Count;
            after = outdated[^1].Sequence;
            progress?.Invoke(done);
        }
        store.CommitSearchIndex();
        if (done > 0)
        {
            store.RefreshStatistics();
        }
        return done;
    }
}
