using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rasd.Input;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Store.Search;

namespace Rasd.Store.Benchmark;

/// <summary>
/// A benchmark store of any size made from a store of real, analyzed articles without analyzing
/// again: the stored records are written again, copy after copy, each copy of an article under a new
/// id (the first copy keeps the original's) and every article with a publication day drawn over ten
/// years. The real vocabulary and term distribution are kept, the number of matches of a query grows
/// with the copies, and the same base, size and seed always give the same store. A near-duplicate
/// in the base stays a near-duplicate of the same copy of its original.
/// </summary>
public static class ReplicatedCorpus
{
    public static readonly DateOnly FirstDay = new(2016, 1, 1);

    public static readonly DateOnly LastDay = new(2025, 12, 31);

    private const int BatchSize = 2_000;

    /// <summary>Writes <paramref name="count"/> articles from <paramref name="source"/> into the empty <paramref name="target"/>; returns how many were written.</summary>
    public static long Build(IArticleStore source, IArticleStore target, long count, int seed, Action<long>? progress = null)
    {
        // Everything that depends on an article's text alone (search terms, fingerprint, facts) is
        // computed once per source article and shared by its copies; a copy changes id and dates only.
        var articles = source.ExportArticles()
            .AsParallel()
            .AsOrdered()
            .Select(Analyzed)
            .ToList();
        if (!articles.Any(a => a.Article.DuplicateOf is null))
        {
            throw new InvalidOperationException("the base store has no articles to replicate");
        }
        var random = new Random(seed);
        var days = LastDay.DayNumber - FirstDay.DayNumber + 1;
        var written = 0L;
        for (var copy = 0; written < count; copy++)
        {
            foreach (var chunk in articles.Take((int)Math.Min(articles.Count, count - written)).Chunk(BatchSize))
            {
                var dated = chunk
                    .Select(o => (Source: o, Published: DateOnly.FromDayNumber(FirstDay.DayNumber + random.Next(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .ToList();
                var copyNumber = copy;
                var batch = dated.AsParallel().AsOrdered().Select(d => Copy(d.Source, copyNumber, d.Published)).ToList();
                written += target.WriteBatch(batch);
                progress?.Invoke(written);
            }
        }
        return written;
    }

    /// <summary>The id of an article's copy: the original id for the first copy, else a SHA-256 of the original id and the copy number.</summary>
    public static string CopyId(string id, int copy) =>
        copy == 0 ? id : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}/{copy}")));

    /// <summary>A source article and what its copies share: the prepared article without its record JSON.</summary>
    private sealed record SourceArticle(ExportedArticle Article, PreparedArticle Prepared);

    private static SourceArticle Analyzed(ExportedArticle article)
    {
        var record = RecordJson.Deserialize(article.RecordJson) ?? throw new InvalidDataException($"{article.Id}: an empty stored record");
        var prepared = ArticlePreparer.FromRecord(record, ArticleMetadata.Plain("utf-8"), null) with { RecordJson = string.Empty };
        return new SourceArticle(article with { RecordJson = string.Empty }, prepared);
    }

    private static PreparedArticle Copy(SourceArticle source, int copy, string published)
    {
        var shared = source.Prepared;
        var record = shared.Record with { Id = CopyId(shared.Record.Id, copy), Published = published };
        var metadata = new ArticleMetadata("benchmark", "utf-8", record.Title, record.Title?.Length, published, null);
        return shared with
        {
            Record = record,
            RecordJson = RecordJson.Serialize(record, indented: false),
            InputJson = StoredInputJson.Serialize(metadata, published),
            Index = shared.Index with { Id = record.Id, PublishedStart = published, PublishedEnd = published },
            Facts = shared.Facts with { PublishedStart = published, PublishedEnd = published },
            DuplicateOf = source.Article.DuplicateOf is null ? null : CopyId(source.Article.DuplicateOf, copy),
        };
    }
}
