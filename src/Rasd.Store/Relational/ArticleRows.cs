using System.Globalization;
using Rasd.Store.Ingest;
using Rasd.Store.Search;

namespace Rasd.Store.Relational;

/// <summary>
/// The rows one batch of articles adds to the shared tables. A near-duplicate adds its article row
/// only; an original adds its facts and search rows too. Backends add their full-text index rows
/// through <see cref="IndexRows"/>.
/// </summary>
internal sealed class ArticleRows
{
    /// <summary>Every per-article table besides <c>articles</c>; all are keyed by <c>article_id</c> first.</summary>
    public static readonly string[] FactTables =
    [
        "article_sources", "article_entities", "entity_roles", "mentions", "quotes", "quote_subjects",
        "amounts", "amount_subjects", "times", "relations", "relation_topics", "search_docs",
    ];

    private readonly Dictionary<string, TableRows> _indexRows = new(StringComparer.Ordinal);

    public TableRows Articles { get; } = new("articles",
    [
        new("id", ColumnType.Text), new("seq", ColumnType.BigInt), new("file", ColumnType.Text), new("title", ColumnType.Text), new("published", ColumnType.Text),
        new("published_start", ColumnType.Text), new("published_end", ColumnType.Text), new("publisher", ColumnType.Text), new("language", ColumnType.Text),
        new("text", ColumnType.Text), new("record_json", ColumnType.Json), new("input_json", ColumnType.Json), new("pipeline_version", ColumnType.Text),
        new("fingerprint", ColumnType.Bytes), new("duplicate_of", ColumnType.Text), new("duplicate_similarity", ColumnType.Double), new("ingested_at", ColumnType.Text),
    ], "ON CONFLICT (id) DO NOTHING");

    public TableRows Entities { get; } = new("entities", [new("id", ColumnType.Text), new("type", ColumnType.Text), new("name", ColumnType.Text), new("name_en", ColumnType.Text)], "ON CONFLICT (id) DO NOTHING");

    public TableRows Sources { get; } = new("article_sources", [new("article_id", ColumnType.Text), new("source_id", ColumnType.Text), new("name", ColumnType.Text)]);

    public TableRows ArticleEntities { get; } = new("article_entities",
        [new("article_id", ColumnType.Text), new("entity_id", ColumnType.Text), new("entity_type", ColumnType.Text), new("name", ColumnType.Text), new("mention_count", ColumnType.Integer), new("confidence", ColumnType.Double)]);

    public TableRows EntityRoles { get; } = new("entity_roles", [new("article_id", ColumnType.Text), new("entity_id", ColumnType.Text), new("role", ColumnType.Text)]);

    public TableRows Mentions { get; } = new("mentions",
        [new("article_id", ColumnType.Text), new("ordinal", ColumnType.Integer), new("entity_id", ColumnType.Text), new("start_offset", ColumnType.Integer), new("end_offset", ColumnType.Integer), new("text", ColumnType.Text)]);

    public TableRows Quotes { get; } = new("quotes",
    [
        new("article_id", ColumnType.Text), new("ordinal", ColumnType.Integer), new("speaker_id", ColumnType.Text), new("speaker_text", ColumnType.Text), new("kind", ColumnType.Text),
        new("text", ColumnType.Text), new("start_offset", ColumnType.Integer), new("end_offset", ColumnType.Integer),
    ]);

    public TableRows QuoteSubjects { get; } = new("quote_subjects", [new("article_id", ColumnType.Text), new("ordinal", ColumnType.Integer), new("entity_id", ColumnType.Text)]);

    public TableRows Amounts { get; } = new("amounts",
    [
        new("article_id", ColumnType.Text), new("ordinal", ColumnType.Integer), new("text", ColumnType.Text), new("value", ColumnType.Double), new("unit", ColumnType.Text),
        new("qualifier", ColumnType.Text), new("start_offset", ColumnType.Integer), new("end_offset", ColumnType.Integer),
    ]);

    public TableRows AmountSubjects { get; } = new("amount_subjects", [new("article_id", ColumnType.Text), new("ordinal", ColumnType.Integer), new("entity_id", ColumnType.Text)]);

    public TableRows Times { get; } = new("times",
    [
        new("article_id", ColumnType.Text), new("ordinal", ColumnType.Integer), new("text", ColumnType.Text), new("value", ColumnType.Text), new("grain", ColumnType.Text),
        new("start_offset", ColumnType.Integer), new("end_offset", ColumnType.Integer),
    ]);

    public TableRows Relations { get; } = new("relations", [new("article_id", ColumnType.Text), new("country_a", ColumnType.Text), new("country_b", ColumnType.Text), new("tone", ColumnType.Double)]);

    public TableRows RelationTopics { get; } = new("relation_topics", [new("article_id", ColumnType.Text), new("country_a", ColumnType.Text), new("country_b", ColumnType.Text), new("topic", ColumnType.Text)]);

    /// <summary>
    /// The articles the search index holds, each with the search revision it was last written at: a
    /// number from one counter, raised for every article added or reanalyzed, so that an index kept
    /// outside the database can tell what it misses (everything past the revision it last committed).
    /// </summary>
    public TableRows SearchDocs { get; } = new("search_docs",
        [new("article_id", ColumnType.Text), new("seq", ColumnType.BigInt), new("revision", ColumnType.BigInt), new("published_start", ColumnType.Text), new("published_end", ColumnType.Text)]);

    /// <summary>The search document of each article given a revision in this batch, by revision.</summary>
    public SortedDictionary<long, SearchDocument> Indexed { get; } = [];

    /// <summary>The rows of a backend's own index table, created on first use.</summary>
    public TableRows IndexRows(string table, IReadOnlyList<Column> columns)
    {
        if (!_indexRows.TryGetValue(table, out var rows))
        {
            _indexRows[table] = rows = new TableRows(table, columns);
        }
        return rows;
    }

    public void AddArticle(PreparedArticle article, long sequence, string ingestedAt)
    {
        var record = article.Record;
        Articles.Add(
            record.Id, sequence, record.File, record.Title, record.Published, article.Facts.PublishedStart, article.Facts.PublishedEnd,
            record.Publisher, record.Language, record.Text, article.RecordJson, article.InputJson, record.PipelineVersion,
            MinHash.ToBytes(article.Fingerprint), article.DuplicateOf, article.DuplicateSimilarity, ingestedAt);
    }

    /// <summary>The normalized facts and search row of an original article.</summary>
    public void AddFacts(PreparedArticle article, long sequence, long revision)
    {
        var record = article.Record;
        var id = record.Id;
        foreach (var source in record.Sources.DistinctBy(s => s.Id, StringComparer.Ordinal))
        {
            Sources.Add(id, source.Id, source.Name);
        }
        var mentionOrdinal = 0;
        foreach (var entity in record.Entities)
        {
            Entities.Add(entity.Id, entity.Type, entity.Name, entity.NameEn);
            ArticleEntities.Add(id, entity.Id, entity.Type, entity.Name, entity.Mentions.Count, entity.Confidence);
            foreach (var role in entity.Roles.Distinct(StringComparer.Ordinal))
            {
                EntityRoles.Add(id, entity.Id, role);
            }
            foreach (var mention in entity.Mentions)
            {
                Mentions.Add(id, mentionOrdinal++, entity.Id, mention.Start, mention.End, mention.Text);
            }
        }
        for (var i = 0; i < record.Quotes.Count; i++)
        {
            var quote = record.Quotes[i];
            Quotes.Add(id, i, quote.Speaker, quote.SpeakerText, quote.Kind, quote.Text, quote.Start, quote.End);
            foreach (var subject in article.Facts.QuoteSubjects[i])
            {
                QuoteSubjects.Add(id, i, subject);
            }
        }
        for (var i = 0; i < record.Amounts.Count; i++)
        {
            var amount = record.Amounts[i];
            Amounts.Add(id, i, amount.Text, amount.Value, amount.Unit, amount.Qualifier, amount.Start, amount.End);
            foreach (var subject in article.Facts.AmountSubjects[i])
            {
                AmountSubjects.Add(id, i, subject);
            }
        }
        for (var i = 0; i < record.Times.Count; i++)
        {
            var time = record.Times[i];
            Times.Add(id, i, time.Text, time.Value, time.Grain, time.Start, time.End);
        }
        foreach (var relation in record.Relations.DistinctBy(r => (r.A, r.B)))
        {
            Relations.Add(id, relation.A, relation.B, relation.Tone);
            foreach (var topic in relation.Topics.Distinct(StringComparer.Ordinal))
            {
                RelationTopics.Add(id, relation.A, relation.B, topic);
            }
        }
        SearchDocs.Add(id, sequence, revision, article.Facts.PublishedStart, article.Facts.PublishedEnd);
        Indexed[revision] = article.Index;
    }

    /// <summary>All rows in the order they are inserted: the shared entity table before what refers to it.</summary>
    public IEnumerable<TableRows> InInsertOrder()
    {
        TableRows[] tables =
        [
            Articles, Entities, Sources, ArticleEntities, EntityRoles, Mentions, Quotes, QuoteSubjects, Amounts, AmountSubjects,
            Times, Relations, RelationTopics, SearchDocs, .. _indexRows.Values,
        ];
        return tables.Where(t => t.Rows.Count > 0);
    }

    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
