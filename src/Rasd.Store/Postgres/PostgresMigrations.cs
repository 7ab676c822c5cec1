using Rasd.Store.Relational;

namespace Rasd.Store.Postgres;

/// <summary>
/// The PostgreSQL schema, table for table the same as SQLite's. Every per-article table leads its
/// primary key with <c>article_id</c> (<c>articles.id</c>), the distribution key: with Citus each
/// can be distributed on it and co-located with <c>articles</c>, so an article's facts live on one
/// shard and every per-article join stays local. <c>entities</c> and <c>search_index</c> are small
/// shared tables (Citus reference tables). Text columns use the "C"
/// collation so that ordering and comparisons are byte-wise, as in SQLite.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "articles, normalized facts and search index", """
            CREATE TABLE articles (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                seq bigint NOT NULL,
                file text COLLATE "C" NOT NULL,
                title text COLLATE "C",
                published text COLLATE "C",
                published_start text COLLATE "C",
                published_end text COLLATE "C",
                publisher text COLLATE "C",
                language text COLLATE "C" NOT NULL,
                text text NOT NULL,
                record_json json NOT NULL,
                input_json json NOT NULL,
                pipeline_version text COLLATE "C" NOT NULL,
                fingerprint bytea NOT NULL,
                duplicate_of text COLLATE "C",
                duplicate_similarity double precision,
                ingested_at text COLLATE "C" NOT NULL
            );
            CREATE INDEX articles_seq ON articles (seq);
            CREATE INDEX articles_published ON articles (published_start, published_end);
            CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

            CREATE TABLE entities (
                id text COLLATE "C" NOT NULL PRIMARY KEY,
                type text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                name_en text COLLATE "C"
            );
            CREATE INDEX entities_type ON entities (type);

            CREATE TABLE article_sources (
                article_id text COLLATE "C" NOT NULL,
                source_id text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, source_id)
            );
            CREATE INDEX article_sources_source ON article_sources (source_id);

            CREATE TABLE article_entities (
                article_id text COLLATE "C" NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                entity_type text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                mention_count integer NOT NULL,
                confidence double precision NOT NULL,
                PRIMARY KEY (article_id, entity_id)
            );
            CREATE INDEX article_entities_entity ON article_entities (entity_id);

            CREATE TABLE entity_roles (
                article_id text COLLATE "C" NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                role text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, entity_id, role)
            );
            CREATE INDEX entity_roles_entity ON entity_roles (entity_id);

            CREATE TABLE mentions (
                article_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                text text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX mentions_entity ON mentions (entity_id);

            CREATE TABLE quotes (
                article_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                speaker_id text COLLATE "C",
                speaker_text text COLLATE "C",
                kind text COLLATE "C" NOT NULL,
                text text COLLATE "C" NOT NULL,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX quotes_speaker ON quotes (speaker_id);

            CREATE TABLE quote_subjects (
                article_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, ordinal, entity_id)
            );
            CREATE INDEX quote_subjects_entity ON quote_subjects (entity_id);

            CREATE TABLE amounts (
                article_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                text text COLLATE "C" NOT NULL,
                value double precision,
                unit text COLLATE "C" NOT NULL,
                qualifier text COLLATE "C" NOT NULL,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX amounts_unit ON amounts (unit);

            CREATE TABLE amount_subjects (
                article_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, ordinal, entity_id)
            );
            CREATE INDEX amount_subjects_entity ON amount_subjects (entity_id);

            CREATE TABLE times (
                article_id text COLLATE "C" NOT NULL,
                ordinal integer NOT NULL,
                text text COLLATE "C" NOT NULL,
                value text COLLATE "C",
                grain text COLLATE "C" NOT NULL,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX times_value ON times (value);

            CREATE TABLE relations (
                article_id text COLLATE "C" NOT NULL,
                country_a text COLLATE "C" NOT NULL,
                country_b text COLLATE "C" NOT NULL,
                tone double precision NOT NULL,
                PRIMARY KEY (article_id, country_a, country_b)
            );
            CREATE INDEX relations_pair ON relations (country_a, country_b);

            CREATE TABLE relation_topics (
                article_id text COLLATE "C" NOT NULL,
                country_a text COLLATE "C" NOT NULL,
                country_b text COLLATE "C" NOT NULL,
                topic text COLLATE "C" NOT NULL,
                PRIMARY KEY (article_id, country_a, country_b, topic)
            );
            CREATE INDEX relation_topics_pair ON relation_topics (country_a, country_b);

            CREATE TABLE search_docs (
                article_id text COLLATE "C" NOT NULL PRIMARY KEY,
                seq bigint NOT NULL,
                length integer NOT NULL
            );

            CREATE TABLE search_terms (
                article_id text COLLATE "C" NOT NULL,
                term text COLLATE "C" NOT NULL,
                tf integer NOT NULL,
                PRIMARY KEY (article_id, term)
            );

            CREATE TABLE search_vocabulary (
                term text COLLATE "C" NOT NULL PRIMARY KEY,
                df bigint NOT NULL
            );

            CREATE TABLE search_stats (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                doc_count bigint NOT NULL,
                token_count bigint NOT NULL
            );
            INSERT INTO search_stats (id, doc_count, token_count) VALUES (1, 0, 0);

            CREATE TABLE search_vectors (
                article_id text COLLATE "C" NOT NULL PRIMARY KEY,
                tokens tsvector NOT NULL
            );
            CREATE INDEX search_vectors_tokens ON search_vectors USING gin (tokens);
            """),
        new(2, "search documents carry the publication range", """
            ALTER TABLE search_docs ADD COLUMN published_start text COLLATE "C", ADD COLUMN published_end text COLLATE "C";
            UPDATE search_docs d SET published_start = a.published_start, published_end = a.published_end
            FROM articles a WHERE a.id = d.article_id;
            CREATE INDEX search_docs_published ON search_docs (published_start, published_end);
            -- The posting lists: the planner reads a query term's articles and frequencies from this index
            -- alone, instead of scanning search_terms (SQLite walks the matching documents instead).
            CREATE INDEX search_terms_term ON search_terms (term, article_id) INCLUDE (tf);
            """),
        new(3, "identity across the knowledge base: aliases, name keys, analysts' corrections", """
            -- Shared tables like entities (Citus reference tables): small, read by every shard.
            CREATE TABLE entity_aliases (
                entity_id text COLLATE "C" NOT NULL PRIMARY KEY,
                canonical_id text COLLATE "C" NOT NULL,
                decision text COLLATE "C" NOT NULL,
                similarity double precision,
                evidence text COLLATE "C",
                decided_at text COLLATE "C" NOT NULL
            );
            CREATE INDEX entity_aliases_canonical ON entity_aliases (canonical_id);
            INSERT INTO entity_aliases (entity_id, canonical_id, decision, similarity, evidence, decided_at)
            SELECT id, id, 'new', NULL, NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM entities;

            CREATE TABLE entity_name_keys (
                name_key text COLLATE "C" NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                form text COLLATE "C" NOT NULL,
                PRIMARY KEY (name_key, entity_id, form)
            );
            CREATE INDEX entity_name_keys_entity ON entity_name_keys (entity_id);

            CREATE TABLE entity_corrections (
                ordinal bigint NOT NULL PRIMARY KEY,
                action text COLLATE "C" NOT NULL,
                entity_id text COLLATE "C" NOT NULL,
                other_id text COLLATE "C" NOT NULL,
                decided_at text COLLATE "C" NOT NULL
            );
            """),
        new(4, "search by RUM: ranked top-k in the index, filters and facets in the search rows", """
            -- RUM (Debian: postgresql-15-rum) ranks inside the index: ORDER BY tokens <=> query LIMIT k.
            -- The extension lives where it was first created; the index names its operator class there.
            CREATE EXTENSION IF NOT EXISTS rum;
            DROP TABLE search_terms, search_vocabulary, search_stats;
            ALTER TABLE search_docs DROP COLUMN length, ADD COLUMN revision bigint;
            UPDATE search_docs SET revision = seq;
            CREATE INDEX search_docs_revision ON search_docs (revision);
            CREATE TABLE search_index (
                id integer NOT NULL PRIMARY KEY CHECK (id = 1),
                store text COLLATE "C" NOT NULL
            );
            INSERT INTO search_index (id, store) VALUES (1, md5(random()::text || clock_timestamp()::text));

            -- The search row carries what filters and facets read, so that neither joins the fact tables:
            -- source and pair keys as lexemes without positions, the publication range, the facet values.
            ALTER TABLE search_vectors
                ADD COLUMN published_start text COLLATE "C",
                ADD COLUMN published_end text COLLATE "C",
                ADD COLUMN facets text[] COLLATE "C" NOT NULL DEFAULT '{}';
            UPDATE search_vectors v SET
                published_start = d.published_start,
                published_end = d.published_end,
                tokens = v.tokens || array_to_tsvector(ARRAY(
                    SELECT 'source:' || s.source_id FROM article_sources s WHERE s.article_id = v.article_id
                    UNION SELECT 'source:' || a.publisher FROM articles a WHERE a.id = v.article_id AND a.publisher IS NOT NULL
                    UNION SELECT 'pair:' || r.country_a || ' ' || r.country_b FROM relations r WHERE r.article_id = v.article_id)),
                facets = ARRAY(
                    SELECT 's:' || s.source_id FROM article_sources s WHERE s.article_id = v.article_id
                    UNION SELECT 's:' || a.publisher FROM articles a WHERE a.id = v.article_id AND a.publisher IS NOT NULL
                    UNION SELECT 'c:' || e.entity_id FROM article_entities e WHERE e.article_id = v.article_id AND e.entity_id LIKE 'country:%'
                    UNION SELECT 'p:' || e.entity_id FROM article_entities e WHERE e.article_id = v.article_id AND e.entity_id LIKE 'person:%'
                    UNION SELECT 'm:' || substr(d.published_start, 1, 7) WHERE substr(d.published_start, 1, 7) = substr(d.published_end, 1, 7))
            FROM search_docs d WHERE d.article_id = v.article_id;

            -- GIN answers which articles match (counts, filters, newest first) fastest; RUM ranks them.
            DO $$
            DECLARE rum_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'rum');
            BEGIN
                EXECUTE format('CREATE INDEX search_vectors_rank ON search_vectors USING rum (tokens %I.rum_tsvector_ops)', rum_schema);
            END $$;
            CREATE INDEX search_vectors_newest ON search_vectors (published_start DESC NULLS LAST, article_id);
            """),
        new(5, "the sequence beside the id and the original's link in indexes, so that identity reads which articles came earlier from the indexes alone", """
            CREATE INDEX articles_id_seq ON articles (id) INCLUDE (seq);
            DROP INDEX articles_duplicate_of;
            CREATE INDEX articles_duplicate_of ON articles (duplicate_of, seq);
            """),
        new(6, "filter keys with the publication range, so that filters alone read their newest matches from one index", """
            -- One row per filter key of an original article (the entity, source and pair lexemes of its
            -- search row), in the order filters alone list their matches: newest first, then by id.
            CREATE TABLE search_keys (
                article_id text COLLATE "C" NOT NULL,
                key text COLLATE "C" NOT NULL,
                published_start text COLLATE "C",
                published_end text COLLATE "C",
                PRIMARY KEY (article_id, key)
            );
            INSERT INTO search_keys (article_id, key, published_start, published_end)
            SELECT v.article_id, k.lexeme, v.published_start, v.published_end
            FROM search_vectors v CROSS JOIN LATERAL unnest(v.tokens) AS k
            WHERE k.lexeme LIKE 'entity:%' OR k.lexeme LIKE 'source:%' OR k.lexeme LIKE 'pair:%';
            CREATE INDEX search_keys_newest ON search_keys (key, published_start DESC NULLS LAST, article_id) INCLUDE (published_end);
            """),
    ];
}
