using Rasd.Store.Relational;

namespace Rasd.Store.Sqlite;

/// <summary>
/// The SQLite schema, one migration per version. Tables and columns match the PostgreSQL schema
/// name for name. Since version 4 the full-text index is not in the file: it is a Lucene.Net index in
/// a folder beside it, kept up to date from <c>search_docs.revision</c>.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, normalized facts and search index", """
            CREATE TABLE articles (
                id TEXT NOT NULL PRIMARY KEY,
                seq INTEGER NOT NULL UNIQUE,
                file TEXT NOT NULL,
                title TEXT,
                published TEXT,
                published_start TEXT,
                published_end TEXT,
                publisher TEXT,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                record_json TEXT NOT NULL,
                input_json TEXT NOT NULL,
                pipeline_version TEXT NOT NULL,
                fingerprint BLOB NOT NULL,
                duplicate_of TEXT,
                duplicate_similarity REAL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX articles_published ON articles (published_start, published_end);
            CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

            CREATE TABLE entities (
                id TEXT NOT NULL PRIMARY KEY,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                name_en TEXT
            ) WITHOUT ROWID;
            CREATE INDEX entities_type ON entities (type);

            CREATE TABLE article_sources (
                article_id TEXT NOT NULL,
                source_id TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (article_id, source_id)
            ) WITHOUT ROWID;
            CREATE INDEX article_sources_source ON article_sources (source_id);

            CREATE TABLE article_entities (
                article_id TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                entity_type TEXT NOT NULL,
                name TEXT NOT NULL,
                mention_count INTEGER NOT NULL,
                confidence REAL NOT NULL,
                PRIMARY KEY (article_id, entity_id)
            ) WITHOUT ROWID;
            CREATE INDEX article_entities_entity ON article_entities (entity_id);

            CREATE TABLE entity_roles (
                article_id TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                role TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id, role)
            ) WITHOUT ROWID;
            CREATE INDEX entity_roles_entity ON entity_roles (entity_id);

            CREATE TABLE mentions (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                entity_id TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE INDEX mentions_entity ON mentions (entity_id);

            CREATE TABLE quotes (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                speaker_id TEXT,
                speaker_text TEXT,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE INDEX quotes_speaker ON quotes (speaker_id);

            CREATE TABLE quote_subjects (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                entity_id TEXT NOT NULL,
                PRIMARY KEY (article_id, ordinal, entity_id)
            ) WITHOUT ROWID;
            CREATE INDEX quote_subjects_entity ON quote_subjects (entity_id);

            CREATE TABLE amounts (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                text TEXT NOT NULL,
                value REAL,
                unit TEXT NOT NULL,
                qualifier TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE INDEX amounts_unit ON amounts (unit);

            CREATE TABLE amount_subjects (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                entity_id TEXT NOT NULL,
                PRIMARY KEY (article_id, ordinal, entity_id)
            ) WITHOUT ROWID;
            CREATE INDEX amount_subjects_entity ON amount_subjects (entity_id);

            CREATE TABLE times (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                text TEXT NOT NULL,
                value TEXT,
                grain TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE INDEX times_value ON times (value);

            CREATE TABLE relations (
                article_id TEXT NOT NULL,
                country_a TEXT NOT NULL,
                country_b TEXT NOT NULL,
                tone REAL NOT NULL,
                PRIMARY KEY (article_id, country_a, country_b)
            ) WITHOUT ROWID;
            CREATE INDEX relations_pair ON relations (country_a, country_b);

            CREATE TABLE relation_topics (
                article_id TEXT NOT NULL,
                country_a TEXT NOT NULL,
                country_b TEXT NOT NULL,
                topic TEXT NOT NULL,
                PRIMARY KEY (article_id, country_a, country_b, topic)
            ) WITHOUT ROWID;
            CREATE INDEX relation_topics_pair ON relation_topics (country_a, country_b);

            CREATE TABLE search_docs (
                article_id TEXT NOT NULL PRIMARY KEY,
                seq INTEGER NOT NULL,
                length INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX search_docs_seq ON search_docs (seq);

            CREATE TABLE search_terms (
                article_id TEXT NOT NULL,
                term TEXT NOT NULL,
                tf INTEGER NOT NULL,
                PRIMARY KEY (article_id, term)
            ) WITHOUT ROWID;

            CREATE TABLE search_vocabulary (
                term TEXT NOT NULL PRIMARY KEY,
                df INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE search_stats (
                id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                doc_count INTEGER NOT NULL,
                token_count INTEGER NOT NULL
            );
            INSERT INTO search_stats (id, doc_count, token_count) VALUES (1, 0, 0);

            CREATE VIRTUAL TABLE search_fts USING fts5(
                tokens,
                content = '',
                contentless_delete = 1,
                tokenize = "ascii tokenchars ':-_.'"
            );
            """),
        new(2, "search documents carry the publication range", """
            ALTER TABLE search_docs ADD COLUMN published_start TEXT;
            ALTER TABLE search_docs ADD COLUMN published_end TEXT;
            UPDATE search_docs SET
                published_start = (SELECT a.published_start FROM articles a WHERE a.id = search_docs.article_id),
                published_end = (SELECT a.published_end FROM articles a WHERE a.id = search_docs.article_id);
            CREATE INDEX search_docs_published ON search_docs (published_start, published_end);
            """),
        new(3, "identity across the knowledge base: aliases, name keys, analysts' corrections", """
            CREATE TABLE entity_aliases (
                entity_id TEXT NOT NULL PRIMARY KEY,
                canonical_id TEXT NOT NULL,
                decision TEXT NOT NULL,
                similarity REAL,
                evidence TEXT,
                decided_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX entity_aliases_canonical ON entity_aliases (canonical_id);
            INSERT INTO entity_aliases (entity_id, canonical_id, decision, similarity, evidence, decided_at)
            SELECT id, id, 'new', NULL, NULL, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM entities;

            CREATE TABLE entity_name_keys (
                name_key TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                form TEXT NOT NULL,
                PRIMARY KEY (name_key, entity_id, form)
            ) WITHOUT ROWID;
            CREATE INDEX entity_name_keys_entity ON entity_name_keys (entity_id);

            CREATE TABLE entity_corrections (
                ordinal INTEGER NOT NULL PRIMARY KEY,
                action TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                other_id TEXT NOT NULL,
                decided_at TEXT NOT NULL
            );
            """),
        new(4, "search by Lucene.Net beside the file: the posting tables go, search revisions come", """
            DROP TABLE search_fts;
            DROP TABLE search_terms;
            DROP TABLE search_vocabulary;
            DROP TABLE search_stats;
            ALTER TABLE search_docs DROP COLUMN length;
            ALTER TABLE search_docs ADD COLUMN revision INTEGER;
            UPDATE search_docs SET revision = seq;
            CREATE UNIQUE INDEX search_docs_revision ON search_docs (revision);
            CREATE TABLE search_index (
                id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                store TEXT NOT NULL
            );
            INSERT INTO search_index (id, store) VALUES (1, lower(hex(randomblob(16))));
            """),
        new(5, "the sequence beside the id and the original's link in indexes, so that identity reads which articles came earlier from the indexes alone", """
            CREATE INDEX articles_id_seq ON articles (id, seq);
            DROP INDEX articles_duplicate_of;
            CREATE INDEX articles_duplicate_of ON articles (duplicate_of, seq);
            """),
    ];
}
