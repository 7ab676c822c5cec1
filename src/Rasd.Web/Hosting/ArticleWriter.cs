using Rasd.Data;
using Rasd.Input;
using Rasd.Pipeline;
using Rasd.Stages;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;

namespace Rasd.Web.Hosting;

/// <summary>
/// Analyzes and stores one posted article through the same ingest path as <c>rasd ingest</c>
/// (near-duplicate detection, identity linking, the time budget), one write at a time.
/// </summary>
public sealed class ArticleWriter(KnowledgeBase knowledge)
{
    private readonly Lazy<AnalysisPipeline> _pipeline = new(() => DefaultPipeline.Create(knowledge));
    private readonly SemaphoreSlim _oneWriter = new(1, 1);

    public async Task<WriteOutcome> WriteAsync(StorePool stores, ArticleInput input, CancellationToken cancellation)
    {
        await _oneWriter.WaitAsync(cancellation);
        try
        {
            return await stores.UseAsync(store => Write(store, input), cancellation);
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    private WriteOutcome Write(IArticleStore store, ArticleInput input)
    {
        var service = new IngestService(store, _pipeline.Value, new IngestOptions { BatchSize = 1, Parallelism = 1 });
        var summary = service.Run([IngestItem.Article(input, input.Metadata.Published, 0)]);
        if (summary.Refused > 0)
        {
            return new WriteOutcome(null, false, summary.Problems.FirstOrDefault() ?? "the article could not be analyzed");
        }
        var article = store.Article(IngestService.IdOf(input.Text));
        return article is null
            ? new WriteOutcome(null, false, "the article was analyzed but not stored")
            : new WriteOutcome(article, summary.Added > 0, null);
    }
}

/// <summary>The stored article and whether this request added it, or why it was refused.</summary>
public sealed record WriteOutcome(StoredArticle? Article, bool Created, string? Refusal);
