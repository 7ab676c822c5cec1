using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Rasd.Input;
using Rasd.Records;
using Rasd.Store.Abstractions;
using Rasd.Store.Identity;
using Rasd.Store.Ingest;
using Rasd.Store.Search;

namespace Rasd.Store.Relational;

/// <summary>
/// The store over the shared relational schema. Everything both backends can say in the same SQL
/// lives here; a backend supplies its transactions, its bulk insert and its search engine (Lucene.Net
/// beside the SQLite file, PostgreSQL's RUM index), which index the same <see cref="SearchDocument"/>s.
/// Every value is bound as a parameter.
/// </summary>
public abstract partial class SqlArticleStore : IArticleStore
{
    private const int IdsPerStatement = 500;

    private readonly SqlEntityIdentity _identity;

    protected SqlArticleStore(DbConnection connection)
    {
        Connection = connection;
        _identity = new SqlEntityIdentity(connection);
    }

    protected DbConnection Connection { get; }

    public abstract string Backend { get; }

    public WriteTimings WriteTimings { get; } = new();

    /// <summary>
    /// Starts the transaction a batch is written in, holding the store's write lock, so that two
    /// processes ingesting into one store take turns: the ids already stored and the next sequence
    /// number are read under the lock, and each batch sees the other's commits.
    /// </summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>Problems the backend's own consistency check reports (SQLite's <c>integrity_check</c>); none when it has no such check.</summary>
    protected virtual IReadOnlyList<string> BackendIntegrityProblems() => [];

    /// <summary>Inserts rows in bulk, applying the table's conflict clause.</summary>
    protected abstract void Insert(TableRows rows, DbTransaction transaction);

    /// <summary>Adds the backend's full-text index rows for an original article, written in the same transaction.</summary>
    private protected abstract void AddIndexRows(ArticleRows rows, PreparedArticle article, long sequence);

    protected abstract void DeleteIndexRows(string articleId, long sequence, DbTransaction transaction);

    /// <summary>
    /// Called after a batch is committed, with the search document of every article it gave a new
    /// search revision (by revision), for a backend whose search index lives outside the database.
    /// </summary>
    protected virtual void Committed(IReadOnlyDictionary<long, SearchDocument> indexed)
    {
    }

    /// <summary>The backend's search engine: the total matches, one page of ids in rank order and, when asked, the facet counts.</summary>
    protected abstract IndexHits FindMatches(SearchPlan plan, SearchOptions options);

    /// <summary>SQL for a parameter bound into a JSON column.</summary>
    protected virtual string JsonValue(string placeholder) => placeholder;

    public IngestState LoadIngestState()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var originals = new List<(string, uint[])>();
        using var command = Connection.Command("SELECT id, fingerprint, duplicate_of FROM articles ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            ids.Add(id);
            if (reader.IsDBNull(2))
            {
                originals.Add((id, MinHash.FromBytes((byte[])reader.GetValue(1))));
            }
        }
        return new IngestState(ids, originals);
    }

    public int WriteBatch(IReadOnlyList<PreparedArticle> batch)
    {
        if (batch.Count == 0)
        {
            return 0;
        }
        var started = Stopwatch.GetTimestamp();
        using var transaction = BeginWrite();
        var existing = ExistingIds(batch.Select(a => a.Id).ToList(), transaction);
        var sequence = Connection.ScalarLong("SELECT COALESCE(MAX(seq), 0) FROM articles", null, transaction);
        var revision = LatestRevision(transaction);
        var correction = Connection.ScalarLong("SELECT COALESCE(MAX(ordinal), 0) FROM entity_corrections", null, transaction);
        var before = new StoreMark(sequence, revision, correction);
        var rows = new ArticleRows();
        var now = ArticleRows.Now();
        var written = 0;
        var originals = new List<(AnalysisRecord, long)>();
        foreach (var article in batch)
        {
            if (!existing.Add(article.Id))
            {
                continue;
            }
            sequence++;
            rows.AddArticle(article, sequence, now);
            if (article.DuplicateOf is null)
            {
                rows.AddFacts(article, sequence, ++revision);
                AddIndexRows(rows, article, sequence);
                originals.Add((article.Record, sequence));
            }
            written++;
        }
        foreach (var table in rows.InInsertOrder())
        {
            Insert(table, transaction);
        }
        var inserted = Stopwatch.GetTimestamp();
        _identity.Decide(originals, (before, new StoreMark(sequence, revision, correction)), transaction);
        var decided = Stopwatch.GetTimestamp();
        transaction.Commit();
        _identity.BatchCommitted();
        var committed = Stopwatch.GetTimestamp();
        Committed(rows.Indexed);
        WriteTimings.Add(
            Stopwatch.GetElapsedTime(started, inserted), Stopwatch.GetElapsedTime(inserted, decided), Stopwatch.GetElapsedTime(decided, committed), Stopwatch.GetElapsedTime(committed));
        return written;
    }

    public abstract void RefreshStatistics();

    public IReadOnlyList<StoredInput> OutdatedArticles(string pipelineVersion, long afterSequence, int limit)
    {
        var p = new QueryParameters();
        var sql = $"""
            SELECT seq, file, text, input_json FROM articles
            WHERE seq > {p.Add(afterSequence)} AND pipeline_version <> {p.Add(pipelineVersion)}
            ORDER BY seq LIMIT {p.Add(limit)}
            """;
        return Connection.Query(sql, p, r =>
        {
            var (metadata, supplied) = StoredInputJson.Deserialize(r.GetString(3));
            return new StoredInput(r.Long(0), new ArticleInput(r.GetString(1), r.GetString(2), metadata), supplied);
        });
    }

    public void ReplaceAnalyses(IReadOnlyList<PreparedArticle> batch)
    {
        using var transaction = BeginWrite();
        var rows = new ArticleRows();
        var revision = LatestRevision(transaction);
        var reanalyzed = new List<(AnalysisRecord, long)>();
        foreach (var article in batch)
        {
            var lookup = new QueryParameters();
            var stored = Connection.Query(
                $"SELECT seq, duplicate_of FROM articles WHERE id = {lookup.Add(article.Id)}", lookup, r => (Sequence: r.Long(0), DuplicateOf: r.Text(1)), transaction);
            if (stored.Count == 0)
            {
                continue;
            }
            var (sequence, duplicateOf) = stored[0];
            if (duplicateOf is null)
            {
                DeleteFacts(article.Id, sequence, transaction);
                rows.AddFacts(article, sequence, ++revision);
                AddIndexRows(rows, article, sequence);
                reanalyzed.Add((article.Record, sequence));
            }
            var record = article.Record;
            var p = new QueryParameters();
            Connection.Execute($"""
                UPDATE articles SET title = {p.Add(record.Title)}, published = {p.Add(record.Published)},
                    published_start = {p.Add(article.Facts.PublishedStart)}, published_end = {p.Add(article.Facts.PublishedEnd)},
                    publisher = {p.Add(record.Publisher)}, language = {p.Add(record.Language)},
                    record_json = {JsonValue(p.Add(article.RecordJson))}, pipeline_version = {p.Add(record.PipelineVersion)}
                WHERE id = {p.Add(article.Id)}
                """, p, transaction);
        }
        foreach (var table in rows.InInsertOrder())
        {
            Insert(table, transaction);
        }
        _identity.Decide(reanalyzed, batch: null, transaction);
        transaction.Commit();
        Committed(rows.Indexed);
    }

    /// <summary>Tables whose rows belong to one article, by <c>article_id</c>.</summary>
    private static readonly string[] ArticleFactTables =
        ["article_sources", "article_entities", "entity_roles", "mentions", "quotes", "quote_subjects", "amounts", "amount_subjects", "times", "relations", "relation_topics", "search_docs"];

    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = new List<string>(BackendIntegrityProblems());
        foreach (var table in ArticleFactTables)
        {
            var orphans = Connection.ScalarLong($"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)", null);
            if (orphans > 0)
            {
                problems.Add($"{table}: {orphans:N0} rows of articles that are not stored");
            }
        }
        var undecided = Connection.ScalarLong("SELECT COUNT(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id)", null);
        if (undecided > 0)
        {
            problems.Add($"entity_aliases: {undecided:N0} entities that count as no entity");
        }
        var gaps = Connection.ScalarLong("SELECT COUNT(*) FROM articles a WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of)", null);
        if (gaps > 0)
        {
            problems.Add($"articles: {gaps:N0} near-duplicates of originals that are not stored");
        }
        return problems;
    }

    public StoreCounts Counts()
    {
        const string sql = """
            SELECT
              (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL),
              (SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL),
              (SELECT COUNT(DISTINCT a.canonical_id) FROM entity_aliases a WHERE EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = a.entity_id)),
              (SELECT COUNT(*) FROM mentions),
              (SELECT COUNT(*) FROM quotes),
              (SELECT COUNT(*) FROM amounts),
              (SELECT COUNT(*) FROM times),
              (SELECT COUNT(*) FROM relations),
              (SELECT COUNT(*) FROM search_docs)
            """;
        return Connection.Query(sql, null, r => new StoreCounts(r.Long(0), r.Long(1), r.Long(2), r.Long(3), r.Long(4), r.Long(5), r.Long(6), r.Long(7), r.Long(8)))[0];
    }

    public RankedPage Search(SearchPlan plan, SearchOptions options)
    {
        options.Validate();
        var matches = FindMatches(plan, options);
        var facets = matches.Facets?.Top(options.FacetValues, Labels);
        return new RankedPage(matches.Total, matches.TotalIsExact, Hydrate(matches.Hits, plan.HighlightEntityIds), facets);
    }

    public abstract SearchIndexInfo SearchIndex();

    public abstract void RebuildSearchIndex();

    public virtual void BeginBulkLoad()
    {
    }

    public virtual void EndBulkLoad() => RefreshStatistics();

    public virtual void CommitSearchIndex()
    {
    }

    /// <summary>Entities as the store counts them: every record id through its alias, so that merged spellings are one entity.</summary>
    public IReadOnlyList<EntitySummary> Entities(string? type, int top)
    {
        var p = new QueryParameters();
        var filter = type is null ? string.Empty : $"WHERE e.type = {p.Add(type)}";
        var sql = $"""
            SELECT e.id, e.type, e.name, e.name_en, COUNT(DISTINCT ae.article_id) AS articles, SUM(ae.mention_count) AS mentions, COUNT(DISTINCT ae.entity_id)
            FROM article_entities ae
            JOIN entity_aliases a ON a.entity_id = ae.entity_id
            JOIN entities e ON e.id = a.canonical_id
            {filter}
            GROUP BY e.id, e.type, e.name, e.name_en
            ORDER BY articles DESC, mentions DESC, e.id
            LIMIT {p.Add(top)}
            """;
        return Connection.Query(sql, p, ReadSummary);
    }

    /// <summary>The entity an id counts as, over all its record ids: their spellings, roles, quotes, co-mentions and months, and how each id came to count as it.</summary>
    public EntityProfile? Entity(string id, int listLimit)
    {
        var lookup = new QueryParameters();
        var canonical = Connection.Query($"SELECT canonical_id FROM entity_aliases WHERE entity_id = {lookup.Add(id)}", lookup, r => r.GetString(0)).FirstOrDefault();
        if (canonical is null)
        {
            return null;
        }
        var p = new QueryParameters();
        var summary = Connection.Query($"""
            SELECT e.id, e.type, e.name, e.name_en, COUNT(DISTINCT ae.article_id), COALESCE(SUM(ae.mention_count), 0), COUNT(DISTINCT a.entity_id)
            FROM entities e
            JOIN entity_aliases a ON a.canonical_id = e.id
            LEFT JOIN article_entities ae ON ae.entity_id = a.entity_id
            WHERE e.id = {p.Add(canonical)}
            GROUP BY e.id, e.type, e.name, e.name_en
            """, p, ReadSummary).FirstOrDefault();
        if (summary is null)
        {
            return null;
        }
        const string Members = "SELECT m.entity_id FROM entity_aliases m WHERE m.canonical_id = {0}";
        var names = Counted($"SELECT text, COUNT(*) FROM mentions WHERE entity_id IN ({Members}) GROUP BY text ORDER BY COUNT(*) DESC, text LIMIT {{1}}", canonical, listLimit);
        var held = new QueryParameters();
        var roles = Connection.Query($"""
            SELECT r.role, COUNT(DISTINCT r.article_id) AS articles, MIN(NULLIF(a.published, '')), MAX(NULLIF(a.published, ''))
            FROM entity_roles r JOIN articles a ON a.id = r.article_id
            WHERE r.entity_id IN ({string.Format(CultureInfo.InvariantCulture, Members, held.Add(canonical))})
            GROUP BY r.role ORDER BY articles DESC, r.role LIMIT {held.Add(listLimit)}
            """, held, r => new RoleSeen(r.GetString(0), r.Long(1), r.Text(2), r.Text(3)));
        var byMonth = Counted($$"""
            SELECT SUBSTR(a.published, 1, 7), COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id IN ({{Members}}) AND LENGTH(a.published) >= 7
            GROUP BY SUBSTR(a.published, 1, 7) ORDER BY SUBSTR(a.published, 1, 7) LIMIT {1}
            """, canonical, int.MaxValue);
        var seen = new QueryParameters();
        var (first, last) = Connection.Query($"""
            SELECT MIN(a.published), MAX(a.published) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
            WHERE ae.entity_id IN ({string.Format(CultureInfo.InvariantCulture, Members, seen.Add(canonical))})
            """, seen, r => (r.Text(0), r.Text(1)))[0];
        var co = new QueryParameters();
        var group = co.Add(canonical);
        var coMentioned = Connection.Query($"""
            SELECT oa.canonical_id, e.type, e.name, COUNT(DISTINCT self.article_id) AS shared
            FROM entity_aliases sa
            JOIN article_entities self ON self.entity_id = sa.entity_id
            JOIN article_entities other ON other.article_id = self.article_id
            JOIN entity_aliases oa ON oa.entity_id = other.entity_id
            JOIN entities e ON e.id = oa.canonical_id
            WHERE sa.canonical_id = {group} AND oa.canonical_id <> {group}
            GROUP BY oa.canonical_id, e.type, e.name
            ORDER BY shared DESC, oa.canonical_id
            LIMIT {co.Add(listLimit)}
            """, co, r => new CoMentionedEntity(r.GetString(0), r.GetString(1), r.GetString(2), r.Long(3)));
        return new EntityProfile(summary, names, roles, first, last, Quotes(canonical, null, listLimit), coMentioned, byMonth, Aliases(canonical), id);
    }

    /// <summary>The record ids counted as an entity, with their names, decisions and articles, the most named first.</summary>
    private List<EntityAlias> Aliases(string canonical)
    {
        var p = new QueryParameters();
        return Connection.Query($"""
            SELECT a.entity_id, e.name, a.decision, a.similarity, a.evidence,
                (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = a.entity_id) AS articles
            FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.canonical_id = {p.Add(canonical)}
            ORDER BY articles DESC, a.entity_id
            """, p, r => new EntityAlias(r.GetString(0), r.GetString(1), r.GetString(2), r.Double(3), r.Text(4), r.Long(5)));
    }

    public IdentityCorrection MergeEntities(string keptId, string mergedId)
    {
        using var transaction = BeginWrite();
        var change = _identity.Merge(keptId, mergedId, transaction);
        transaction.Commit();
        return change;
    }

    public IdentityCorrection SplitEntity(string groupId, string variantId)
    {
        using var transaction = BeginWrite();
        var change = _identity.Split(groupId, variantId, transaction);
        transaction.Commit();
        return change;
    }

    public IEnumerable<IdentityRow> IdentityRows()
    {
        using var command = Connection.Command("""
            SELECT a.entity_id, e.type, e.name, a.canonical_id, a.decision, a.similarity, a.evidence,
                (SELECT COUNT(*) FROM article_entities ae WHERE ae.entity_id = a.entity_id)
            FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            ORDER BY a.entity_id
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new IdentityRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.Double(5), reader.Text(6), reader.Long(7));
        }
    }

    public IReadOnlyList<QuoteRow> Quotes(string? speakerId, string? aboutId, int limit)
    {
        var p = new QueryParameters();
        var conditions = new List<string>();
        if (speakerId is not null)
        {
            conditions.Add(InGroupOf("q.speaker_id", p.Add(speakerId)));
        }
        if (aboutId is not null)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM quote_subjects s WHERE s.article_id = q.article_id AND s.ordinal = q.ordinal AND {InGroupOf("s.entity_id", p.Add(aboutId))})");
        }
        var sql = $"""
            SELECT q.article_id, a.published, q.speaker_id, q.speaker_text, q.kind, q.text, q.start_offset, q.end_offset
            FROM quotes q JOIN articles a ON a.id = q.article_id
            {(conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions))}
            ORDER BY COALESCE(a.published, '') DESC, q.article_id, q.ordinal
            LIMIT {p.Add(limit)}
            """;
        return Connection.Query(sql, p, r => new QuoteRow(r.GetString(0), r.Text(1), r.Text(2), r.Text(3), r.GetString(4), r.GetString(5), r.Int(6), r.Int(7)));
    }

    public IReadOnlyList<AmountRow> Amounts(string? unit, string? aboutId, int limit)
    {
        var p = new QueryParameters();
        var conditions = new List<string>();
        if (unit is not null)
        {
            conditions.Add($"m.unit = {p.Add(unit)}");
        }
        if (aboutId is not null)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM amount_subjects s WHERE s.article_id = m.article_id AND s.ordinal = m.ordinal AND {InGroupOf("s.entity_id", p.Add(aboutId))})");
        }
        var sql = $"""
            SELECT m.article_id, a.published, m.text, m.value, m.unit, m.qualifier, m.start_offset, m.end_offset
            FROM amounts m JOIN articles a ON a.id = m.article_id
            {(conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions))}
            ORDER BY COALESCE(a.published, '') DESC, m.article_id, m.ordinal
            LIMIT {p.Add(limit)}
            """;
        return Connection.Query(sql, p, r => new AmountRow(r.GetString(0), r.Text(1), r.GetString(2), r.Double(3), r.GetString(4), r.GetString(5), r.Int(6), r.Int(7)));
    }

    public IReadOnlyList<TimelinePeriod> Timeline(string countryA, string countryB, TimelineGrain grain)
    {
        var (a, b) = string.CompareOrdinal(countryA, countryB) <= 0 ? (countryA, countryB) : (countryB, countryA);
        // The period length comes from the enum, never from input.
        var length = grain switch { TimelineGrain.Year => 4, TimelineGrain.Month => 7, _ => 10 };
        var period = $"SUBSTR(a.published, 1, {length})";
        var p = new QueryParameters();
        var periods = Connection.Query($"""
            SELECT {period}, COUNT(*), AVG(r.tone) FROM relations r JOIN articles a ON a.id = r.article_id
            WHERE r.country_a = {p.Add(a)} AND r.country_b = {p.Add(b)} AND LENGTH(a.published) >= {length}
            GROUP BY {period} ORDER BY {period}
            """, p, r => (Period: r.GetString(0), Articles: r.Long(1), Tone: r.Double(2) ?? 0));
        var t = new QueryParameters();
        var topics = Connection.Query($"""
            SELECT {period}, rt.topic, COUNT(*) FROM relation_topics rt JOIN articles a ON a.id = rt.article_id
            WHERE rt.country_a = {t.Add(a)} AND rt.country_b = {t.Add(b)} AND LENGTH(a.published) >= {length}
            GROUP BY {period}, rt.topic
            """, t, r => (Period: r.GetString(0), Topic: r.GetString(1), Count: r.Long(2)))
            .ToLookup(x => x.Period, StringComparer.Ordinal);
        return periods.Select(x => new TimelinePeriod(
                x.Period,
                x.Articles,
                Math.Round(x.Tone, 3),
                topics[x.Period].OrderByDescending(y => y.Count).ThenBy(y => y.Topic, StringComparer.Ordinal).Select(y => new CountedValue(y.Topic, y.Count)).ToList()))
            .ToList();
    }

    public IEnumerable<ExportedArticle> ExportArticles()
    {
        using var command = Connection.Command(
            "SELECT id, seq, file, title, published, publisher, pipeline_version, duplicate_of, record_json FROM articles ORDER BY seq");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new ExportedArticle(
                reader.GetString(0), reader.Long(1), reader.GetString(2), reader.Text(3), reader.Text(4), reader.Text(5), reader.GetString(6), reader.Text(7), reader.GetString(8));
        }
    }

    public CoMentionGraph CoMentions(int minimumWeight)
    {
        var nodes = Entities(null, int.MaxValue).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var p = new QueryParameters();
        // Nodes are entities as counted, so two spellings of one name are one node and their articles one edge weight.
        var edges = Connection.Query($"""
            WITH counted AS (
                SELECT DISTINCT ae.article_id, a.canonical_id AS entity_id
                FROM article_entities ae JOIN entity_aliases a ON a.entity_id = ae.entity_id)
            SELECT x.entity_id, y.entity_id, COUNT(*) FROM counted x
            JOIN counted y ON y.article_id = x.article_id AND x.entity_id < y.entity_id
            GROUP BY x.entity_id, y.entity_id
            HAVING COUNT(*) >= {p.Add(minimumWeight)}
            ORDER BY x.entity_id, y.entity_id
            """, p, r => new CoMentionEdge(r.GetString(0), r.GetString(1), r.Long(2)));
        return new CoMentionGraph(nodes, edges);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Connection.Dispose();
        }
    }

    private static EntitySummary ReadSummary(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3), r.Long(4), r.Long(5), r.Long(6));

    /// <summary>A condition that holds when the column is the id or any record id counted as the same entity.</summary>
    private static string InGroupOf(string column, string placeholder) =>
        $"({column} = {placeholder} OR {column} IN (SELECT m.entity_id FROM entity_aliases m JOIN entity_aliases g ON g.canonical_id = m.canonical_id WHERE g.entity_id = {placeholder}))";

    /// <summary>Runs a two-column value/count query whose <c>{0}</c> is the id and <c>{1}</c> the limit.</summary>
    private List<CountedValue> Counted(string template, string id, int limit)
    {
        var p = new QueryParameters();
        var sql = string.Format(CultureInfo.InvariantCulture, template, p.Add(id), p.Add(limit));
        return Connection.Query(sql, p, r => new CountedValue(r.GetString(0), r.Long(1)));
    }

    /// <summary>The newest search revision written: every original article added or reanalyzed raises it by one.</summary>
    protected long LatestRevision(DbTransaction? transaction = null) =>
        Connection.ScalarLong("SELECT COALESCE(MAX(revision), 0) FROM search_docs", null, transaction);

    /// <summary>Names of facet values: entity names, else the name a source was credited under.</summary>
    private IReadOnlyDictionary<string, string> Labels(IReadOnlyCollection<string> ids)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return names;
        }
        var p = new QueryParameters();
        foreach (var (id, name) in Connection.Query($"SELECT id, name FROM entities WHERE id IN ({p.AddList(ids)})", p, r => (r.GetString(0), r.GetString(1))))
        {
            names[id] = name;
        }
        foreach (var id in ids.Where(i => !names.ContainsKey(i)))
        {
            var s = new QueryParameters();
            if (Connection.Query($"SELECT name FROM article_sources WHERE source_id = {s.Add(id)} LIMIT 1", s, r => r.GetString(0)) is [var name])
            {
                names[id] = name;
            }
        }
        return names;
    }

    private List<RankedArticle> Hydrate(IReadOnlyList<IndexHit> ranked, IReadOnlyList<string> highlightEntities)
    {
        if (ranked.Count == 0)
        {
            return [];
        }
        var p = new QueryParameters();
        var ids = p.AddList(ranked.Select(r => r.Id));
        var articles = Connection.Query($"SELECT id, file, title, published, text FROM articles WHERE id IN ({ids})", p,
                r => (Id: r.GetString(0), File: r.GetString(1), Title: r.Text(2), Published: r.Text(3), Text: r.GetString(4)))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var spans = new Dictionary<string, List<SpanRecord>>(StringComparer.Ordinal);
        if (highlightEntities.Count > 0)
        {
            var q = new QueryParameters();
            var sql = $"""
                SELECT article_id, start_offset, end_offset FROM mentions
                WHERE article_id IN ({q.AddList(ranked.Select(r => r.Id))}) AND entity_id IN ({q.AddList(highlightEntities)})
                """;
            foreach (var (id, start, end) in Connection.Query(sql, q, r => (r.GetString(0), r.Int(1), r.Int(2))))
            {
                if (!spans.TryGetValue(id, out var list))
                {
                    spans[id] = list = [];
                }
                list.Add(new SpanRecord(start, end));
            }
        }
        // An id the index holds but the store does not (an index restored from elsewhere) is left out rather than failing the search.
        return ranked.Where(r => articles.ContainsKey(r.Id)).Select(r =>
        {
            var a = articles[r.Id];
            return new RankedArticle(a.Id, r.Score, a.File, a.Title, a.Published, a.Text, spans.GetValueOrDefault(r.Id) ?? []);
        }).ToList();
    }

    private HashSet<string> ExistingIds(IReadOnlyList<string> ids, DbTransaction transaction)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(IdsPerStatement))
        {
            var p = new QueryParameters();
            existing.UnionWith(Connection.Query($"SELECT id FROM articles WHERE id IN ({p.AddList(chunk)})", p, r => r.GetString(0), transaction));
        }
        return existing;
    }

    /// <summary>Removes an original's facts and search rows.</summary>
    private void DeleteFacts(string articleId, long sequence, DbTransaction transaction)
    {
        DeleteIndexRows(articleId, sequence, transaction);
        foreach (var table in ArticleRows.FactTables)
        {
            var p = new QueryParameters();
            Connection.Execute($"DELETE FROM {table} WHERE article_id = {p.Add(articleId)}", p, transaction);
        }
    }
}
