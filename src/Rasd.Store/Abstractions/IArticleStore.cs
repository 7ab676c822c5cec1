using Rasd.Store.Identity;
using Rasd.Store.Ingest;
using Rasd.Store.Search;

namespace Rasd.Store.Abstractions;

/// <summary>
/// The knowledge base behind every analyst command: articles, their analysis records, normalized
/// facts and a search index. SQLite and PostgreSQL implement it with the same schema and the
/// same contract test suite. An instance is used by one thread at a time; ingestion writes go
/// through one writer.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    string Backend { get; }

    /// <summary>What the writer needs to resume: the ids already stored and the fingerprints of the originals.</summary>
    IngestState LoadIngestState();

    /// <summary>Writes a batch in one transaction; articles already stored are skipped. Returns how many were written.</summary>
    int WriteBatch(IReadOnlyList<PreparedArticle> batch);

    /// <summary>Where the batches written since the store was opened spent their time.</summary>
    WriteTimings WriteTimings { get; }

    /// <summary>Refreshes the query planner's statistics after a bulk load (VACUUM and ANALYZE, PRAGMA optimize).</summary>
    void RefreshStatistics();

    /// <summary>Articles whose record was made by another pipeline version, in ingest order after <paramref name="afterSequence"/>.</summary>
    IReadOnlyList<StoredInput> OutdatedArticles(string pipelineVersion, long afterSequence, int limit);

    /// <summary>Replaces the records and facts of already stored articles in one transaction.</summary>
    void ReplaceAnalyses(IReadOnlyList<PreparedArticle> batch);

    StoreCounts Counts();

    /// <summary>What is inconsistent in the store (the backend's own check, facts of articles that are not stored); empty when sound.</summary>
    IReadOnlyList<string> CheckIntegrity();

    /// <summary>
    /// Runs a planned query on the store's search engine: one page of matching original articles in
    /// rank order (BM25 relevance, or newest first when the query has no words), the total number of
    /// matches, and facet counts when <see cref="SearchOptions.Facets"/> asks for them.
    /// </summary>
    RankedPage Search(SearchPlan plan, SearchOptions options);

    /// <summary>What the search engine holds and how much disk it takes.</summary>
    SearchIndexInfo SearchIndex();

    /// <summary>Builds the search index again from the stored articles (after damage, or to time the build).</summary>
    void RebuildSearchIndex();

    /// <summary>
    /// Starts a load of many articles into a store that holds few: until <see cref="EndBulkLoad"/>, a
    /// backend may leave the search structures that are cheaper built at once than kept up row by row
    /// (PostgreSQL's RUM, GIN and key-date indexes) and search without them, slowly but with the same
    /// answers. A store opened after a load that never ended builds them then.
    /// </summary>
    void BeginBulkLoad();

    /// <summary>Ends a bulk load: builds what <see cref="BeginBulkLoad"/> left, and refreshes the planner's statistics.</summary>
    void EndBulkLoad();

    /// <summary>
    /// Makes every article written so far searchable from other processes and store instances.
    /// A backend whose search index lives outside the database commits what it has applied (it
    /// otherwise commits at most every few seconds while writes go on); the others do nothing.
    /// </summary>
    void CommitSearchIndex();

    /// <summary>One stored article (an original or a near-duplicate) with its record and near-duplicates; null when the id is not stored.</summary>
    StoredArticle? Article(string id);

    /// <summary>Entities as counted: the record ids merged into one entity count once.</summary>
    IReadOnlyList<EntitySummary> Entities(string? type, int top);

    /// <summary>The entity an id counts as, with every record id merged into it; null when the store does not know the id.</summary>
    EntityProfile? Entity(string id, int listLimit);

    /// <summary>An analyst's correction: <paramref name="mergedId"/>'s entity, every id in it, counts as <paramref name="keptId"/>'s from now on.</summary>
    /// <exception cref="InvalidOperationException">An id is unknown, or the two are of different types.</exception>
    IdentityCorrection MergeEntities(string keptId, string mergedId);

    /// <summary>An analyst's correction: <paramref name="variantId"/> leaves <paramref name="groupId"/>'s entity and counts as itself.</summary>
    /// <exception cref="InvalidOperationException">An id is unknown, or the variant is not counted as that entity.</exception>
    IdentityCorrection SplitEntity(string groupId, string variantId);

    /// <summary>Every record id with the entity it counts as and why, in id order.</summary>
    IEnumerable<IdentityRow> IdentityRows();

    IReadOnlyList<QuoteRow> Quotes(string? speakerId, string? aboutId, int limit);

    IReadOnlyList<AmountRow> Amounts(string? unit, string? aboutId, int limit);

    IReadOnlyList<TimelinePeriod> Timeline(string countryA, string countryB, TimelineGrain grain);

    /// <summary>Every stored article in ingest order, near-duplicates included and marked.</summary>
    IEnumerable<ExportedArticle> ExportArticles();

    /// <summary>Entities and how many original articles mention each pair together.</summary>
    CoMentionGraph CoMentions(int minimumWeight);
}
