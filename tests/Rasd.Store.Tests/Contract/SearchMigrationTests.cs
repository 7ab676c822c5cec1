using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Rasd.Data;
using Rasd.Input;
using Rasd.Stages;
using Rasd.Store.Ingest;
using Rasd.Store.Postgres;
using Rasd.Store.Relational;
using Rasd.Store.Search;
using Rasd.Store.Sqlite;
using Rasd.Store.Tests.Support;

namespace Rasd.Store.Tests.Contract;

/// <summary>
/// A store written before the search engines (schema version 2: posting tables and BM25 in SQL) is
/// searchable after the upgrade: SQLite builds its Lucene index from the stored records, PostgreSQL
/// fills the filter keys and facet values of its search rows from the fact tables.
/// </summary>
public abstract class SearchMigrationTests
{
    private const string Text = "وكالة تاس: بحث وزير الخارجية الكازاخستاني في أستانا مع وفد من موسكو آفاق علاقات روسيا وكازاخستان.\nالمصدر: تاس";

    protected abstract StoreTarget CreateTarget();

    protected abstract DbConnection Connect(StoreTarget target);

    protected abstract void MigrateToVersion2(DbConnection connection);

    [BackendFact]
    public void StoreOfSchemaVersion2IsSearchableAfterTheUpgrade()
    {
        using var target = CreateTarget();
        var article = Prepared();
        Assert.Contains(article.Record.Sources, s => s.Id == "agency:tass");
        using (var connection = Connect(target))
        {
            MigrateToVersion2(connection);
            WriteVersion2Article(connection, article);
        }

        using var store = target.Open();
        var search = new SearchService(store, KnowledgeBase.Default);

        Assert.Equal([article.Id], search.Search("علاقات").Hits.Select(h => h.Id));
        Assert.Equal([article.Id], search.Search("\"وزير الخارجية\" country:KZ source:agency:tass").Hits.Select(h => h.Id));
        Assert.Equal([article.Id], search.Search("pair:KZ-RU from:2024-03").Hits.Select(h => h.Id));
        Assert.Empty(search.Search("علاقات -source:agency:tass").Hits);
        var facets = search.Search("موسكو", new SearchOptions { Facets = true }).Facets!;
        Assert.Equal([("agency:tass", 1L)], facets.Sources.Select(s => (s.Value, s.Count)));
        Assert.Contains(facets.Countries, c => c.Value == "country:KZ" && c.Count == 1);
        Assert.Equal([("2024-03", 1L)], facets.Months.Select(m => (m.Value, m.Count)));
        Assert.Equal(1, store.SearchIndex().Articles);
    }

    private static PreparedArticle Prepared()
    {
        var input = new ArticleInput("legacy.txt", Text, ArticleMetadata.Plain("utf-8"));
        var (article, problem) = new ArticlePreparer(DefaultPipeline.Create(KnowledgeBase.Default)).Prepare(input, "2024-03-12");
        Assert.Null(problem);
        return article!;
    }

    /// <summary>The rows the version-2 store wrote for an original article (its search rows as version 2 had them).</summary>
    private static void WriteVersion2Article(DbConnection connection, PreparedArticle article)
    {
        var record = article.Record;
        var json = connection is SqliteConnection ? (Func<string, string>)(p => p) : p => $"CAST({p} AS json)";
        Execute(connection, $"""
            INSERT INTO articles (id, seq, file, title, published, published_start, published_end, publisher, language, text, record_json, input_json,
                                  pipeline_version, fingerprint, duplicate_of, duplicate_similarity, ingested_at)
            VALUES (@id, 1, @file, @title, @published, @start, @end, NULL, 'ar', @text, {json("@record")}, {json("@input")}, @version, @fingerprint, NULL, NULL, '2024-03-12T00:00:00Z')
            """,
            ("id", record.Id), ("file", record.File), ("title", record.Title), ("published", record.Published), ("start", article.Facts.PublishedStart),
            ("end", article.Facts.PublishedEnd), ("text", record.Text), ("record", article.RecordJson), ("input", article.InputJson),
            ("version", record.PipelineVersion), ("fingerprint", MinHash.ToBytes(article.Fingerprint)));
        foreach (var source in record.Sources.DistinctBy(s => s.Id))
        {
            Execute(connection, "INSERT INTO article_sources (article_id, source_id, name) VALUES (@id, @source, @name)", ("id", record.Id), ("source", source.Id), ("name", source.Name));
        }
        foreach (var entity in record.Entities)
        {
            Execute(connection, "INSERT INTO entities (id, type, name, name_en) VALUES (@entity, @type, @name, NULL) ON CONFLICT (id) DO NOTHING", ("entity", entity.Id), ("type", entity.Type), ("name", entity.Name));
            Execute(connection, "INSERT INTO article_entities (article_id, entity_id, entity_type, name, mention_count, confidence) VALUES (@id, @entity, @type, @name, 1, 1)",
                ("id", record.Id), ("entity", entity.Id), ("type", entity.Type), ("name", entity.Name));
        }
        foreach (var relation in record.Relations.DistinctBy(r => (r.A, r.B)))
        {
            Execute(connection, "INSERT INTO relations (article_id, country_a, country_b, tone) VALUES (@id, @a, @b, 0)", ("id", record.Id), ("a", relation.A), ("b", relation.B));
        }
        Execute(connection, "INSERT INTO search_docs (article_id, seq, length, published_start, published_end) VALUES (@id, 1, @length, @start, @end)",
            ("id", record.Id), ("length", article.Index.Terms.Count), ("start", article.Facts.PublishedStart), ("end", article.Facts.PublishedEnd));
        if (connection is SqliteConnection)
        {
            Execute(connection, "INSERT INTO search_fts (rowid, tokens) VALUES (1, @tokens)", ("tokens", string.Join(' ', article.Index.Terms)));
        }
        else
        {
            Execute(connection, "INSERT INTO search_vectors (article_id, tokens) VALUES (@id, CAST(@tokens AS tsvector))", ("id", record.Id), ("tokens", TsText.Vector(article.Index.Terms)));
        }
    }

    protected static void Execute(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        command.ExecuteNonQuery();
    }
}

/// <summary>The upgrade of a version-2 SQLite store.</summary>
public sealed class SqliteSearchMigrationTests : SearchMigrationTests
{
    protected override StoreTarget CreateTarget() => new SqliteTarget();

    protected override DbConnection Connect(StoreTarget target)
    {
        var connection = new SqliteConnection($"Data Source={target.Db};Pooling=False");
        connection.Open();
        return connection;
    }

    protected override void MigrateToVersion2(DbConnection connection) =>
        MigrationRunner.Apply(connection, SqliteMigrations.All.Where(m => m.Version <= 2).ToList(), c => ((SqliteConnection)c).BeginTransaction(deferred: false));
}

/// <summary>The upgrade of a version-2 PostgreSQL store.</summary>
public sealed class PostgresSearchMigrationTests : SearchMigrationTests, IRequiresPostgres
{
    protected override StoreTarget CreateTarget() => new PostgresTarget();

    protected override DbConnection Connect(StoreTarget target)
    {
        var connection = new NpgsqlConnection(target.Db);
        connection.Open();
        return connection;
    }

    protected override void MigrateToVersion2(DbConnection connection) =>
        MigrationRunner.Apply(connection, PostgresMigrations.All.Where(m => m.Version <= 2).ToList(), c => ((NpgsqlConnection)c).BeginTransaction());
}
