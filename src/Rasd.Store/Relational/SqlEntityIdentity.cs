using System.Data.Common;
using Rasd.Data;
using Rasd.Records;
using Rasd.Store.Identity;
using Rasd.Text;

namespace Rasd.Store.Relational;

/// <summary>
/// Identity across the knowledge base, in the SQL both backends share. Every record id has a row in
/// <c>entity_aliases</c> saying which entity it counts as and why; the record keeps its own id, so
/// each decision is visible and reversible. Ids met for the first time are decided in ingest order
/// inside the batch's transaction: unknown names of persons, organizations and places are looked up
/// by their name keys (<c>entity_name_keys</c>) and given to <see cref="EntityLinker"/>, everything
/// else starts an entity of its own. Analysts' merges and splits change rows and are logged in
/// <c>entity_corrections</c>; ingest and reanalysis only ever decide ids the store has not met,
/// so corrections stay.
/// </summary>
internal sealed class SqlEntityIdentity(DbConnection connection)
{
    private static readonly Lazy<EntityLinker> SharedLinker = new(() => new EntityLinker(new NameAgreement(WordNameStatistics.Load(DataDirectory.Locate()))));

    private bool _keysComplete;

    /// <summary>
    /// How many articles before the last batch's end named each entity asked about, and where the
    /// store stood then: the next batch starts from these counts when the store still stands there
    /// (nothing was added, reanalyzed or corrected in between), instead of counting every article
    /// of every country again.
    /// </summary>
    private (StoreMark After, Dictionary<string, long> Naming)? _carried;

    /// <summary>The counts of the batch being written, carried only once its transaction commits (<see cref="BatchCommitted"/>).</summary>
    private (StoreMark After, Dictionary<string, long> Naming)? _uncommitted;

    /// <summary>Decides every id of the articles that the store has not met, article by article in ingest order.</summary>
    /// <param name="batch">
    /// For an ingest batch, the store's mark before and after it: the articles are then the last
    /// ones stored, one after the other, so counts can be kept as they go, and carried to the next
    /// batch. Null for articles reanalyzed in place.
    /// </param>
    public void Decide(IReadOnlyList<(AnalysisRecord Record, long Sequence)> articles, (StoreMark Before, StoreMark After)? batch, DbTransaction transaction)
    {
        var carried = batch is { } span && _carried is { } previous && previous.After == span.Before ? previous.Naming : null;
        _carried = null;
        _uncommitted = null;
        if (articles.Count == 0)
        {
            return;
        }
        CompleteNameKeys(transaction);
        var ordered = articles.OrderBy(a => a.Sequence).ToList();
        var facts = new SqlIdentityFacts(connection, transaction, batch is null ? null : ordered[0].Sequence, carried);
        var now = ArticleRows.Now();
        foreach (var (record, sequence) in ordered)
        {
            var entities = record.Entities.DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
            var counted = CanonicalOf(entities.Select(e => e.Id).ToList(), transaction);
            var inArticle = counted.Values.ToHashSet(StringComparer.Ordinal);
            foreach (var entity in entities.Where(e => !counted.ContainsKey(e.Id)))
            {
                var folded = EntityNames.Folded(entity.Id, entity.Name);
                var decision = LinkDecision.Alone(entity.Id);
                if (EntityNames.IsUnknown(entity.Id) && EntityNames.IsLinkable(entity.Type))
                {
                    var candidates = Candidates(entity.Type, folded, transaction);
                    if (candidates.Count > 0)
                    {
                        var others = entities.Where(o => o.Id != entity.Id).Select(o => counted.GetValueOrDefault(o.Id, o.Id)).ToHashSet(StringComparer.Ordinal);
                        var roles = entity.Roles.Select(ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
                        decision = SharedLinker.Value.Decide(new NewEntity(entity.Id, entity.Type, folded, sequence, roles, inArticle, others), candidates, facts);
                    }
                }
                AddAlias(entity.Id, decision, now, transaction);
                if (EntityNames.IsLinkable(entity.Type))
                {
                    AddNameKeys(entity.Type, entity.Id, folded, transaction);
                }
                counted[entity.Id] = decision.CanonicalId;
                inArticle.Add(decision.CanonicalId);
            }
            facts.Counted(sequence, inArticle);
        }
        if (batch is { } done)
        {
            _uncommitted = (done.After, facts.NamingAfterBatch());
        }
    }

    /// <summary>
    /// The transaction of the batch last decided committed, so its counts may start the next batch.
    /// A batch rolled back never carries them: another writer could bring the store to the same
    /// mark with other articles.
    /// </summary>
    public void BatchCommitted()
    {
        _carried = _uncommitted;
        _uncommitted = null;
    }

    /// <summary>The entity each of the ids counts as, for those the store has met.</summary>
    public Dictionary<string, string> CanonicalOf(IReadOnlyList<string> ids, DbTransaction? transaction)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var p = new QueryParameters();
            foreach (var (id, group) in connection.Query($"SELECT entity_id, canonical_id FROM entity_aliases WHERE entity_id IN ({p.AddList(chunk)})", p, r => (r.GetString(0), r.GetString(1)), transaction))
            {
                canonical[id] = group;
            }
        }
        return canonical;
    }

    /// <summary>Counts <paramref name="mergedId"/>'s entity, with every id in it, as <paramref name="keptId"/>'s.</summary>
    public IdentityCorrection Merge(string keptId, string mergedId, DbTransaction transaction)
    {
        _carried = null;
        var (kept, keptType) = Require(keptId, transaction);
        var (merged, mergedType) = Require(mergedId, transaction);
        if (keptType != mergedType)
        {
            throw new InvalidOperationException($"{keptId} is a {keptType} and {mergedId} a {mergedType}: only entities of one type are merged");
        }
        if (kept == merged)
        {
            return new IdentityCorrection("merge", []);
        }
        var members = Members(merged, transaction);
        var p = new QueryParameters();
        connection.Execute($"""
            UPDATE entity_aliases SET canonical_id = {p.Add(kept)}, decision = {p.Add(LinkDecision.Merged)},
                evidence = {p.Add($"merged into {keptId} by an analyst")}, decided_at = {p.Add(ArticleRows.Now())}
            WHERE canonical_id = {p.Add(merged)}
            """, p, transaction);
        Log("merge", keptId, mergedId, transaction);
        return new IdentityCorrection("merge", members.Select(m => (m, kept)).ToList());
    }

    /// <summary>
    /// Takes <paramref name="variantId"/> out of <paramref name="groupId"/>'s entity: it counts as
    /// itself again. When it was the id the entity is known by, the others count as
    /// <paramref name="groupId"/>, which must then be another member.
    /// </summary>
    public IdentityCorrection Split(string groupId, string variantId, DbTransaction transaction)
    {
        _carried = null;
        var (group, _) = Require(groupId, transaction);
        var (variantGroup, _) = Require(variantId, transaction);
        if (variantGroup != group)
        {
            throw new InvalidOperationException($"{variantId} is not counted as {groupId}'s entity ({group}) but as {variantGroup}");
        }
        var moved = new List<(string, string)>();
        var now = ArticleRows.Now();
        if (variantId == group)
        {
            if (groupId == variantId)
            {
                throw new InvalidOperationException($"{variantId} is the id its entity is known by: name another of its ids first (rasd entity {variantId} lists them)");
            }
            var rest = new QueryParameters();
            connection.Execute($"""
                UPDATE entity_aliases SET canonical_id = {rest.Add(groupId)}, decided_at = {rest.Add(now)}
                WHERE canonical_id = {rest.Add(group)} AND entity_id <> {rest.Add(variantId)}
                """, rest, transaction);
            moved.AddRange(Members(groupId, transaction).Select(m => (m, groupId)));
        }
        var p = new QueryParameters();
        connection.Execute($"""
            UPDATE entity_aliases SET canonical_id = {p.Add(variantId)}, decision = {p.Add(LinkDecision.Split)},
                evidence = {p.Add($"split from {groupId} by an analyst")}, decided_at = {p.Add(now)}
            WHERE entity_id = {p.Add(variantId)}
            """, p, transaction);
        moved.Add((variantId, variantId));
        Log("split", groupId, variantId, transaction);
        return new IdentityCorrection("split", moved);
    }

    /// <summary>The ids counted as an entity, in ordinal order.</summary>
    public List<string> Members(string canonicalId, DbTransaction? transaction)
    {
        var p = new QueryParameters();
        return connection.Query($"SELECT entity_id FROM entity_aliases WHERE canonical_id = {p.Add(canonicalId)} ORDER BY entity_id", p, r => r.GetString(0), transaction);
    }

    private (string Canonical, string Type) Require(string id, DbTransaction transaction)
    {
        var p = new QueryParameters();
        var rows = connection.Query($"""
            SELECT a.canonical_id, e.type FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.entity_id = {p.Add(id)}
            """, p, r => (r.GetString(0), r.GetString(1)), transaction);
        return rows.Count > 0 ? rows[0] : throw new InvalidOperationException($"no entity {id} in the store (rasd entities lists them)");
    }

    private void Log(string action, string entityId, string otherId, DbTransaction transaction)
    {
        var ordinal = connection.ScalarLong("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM entity_corrections", null, transaction);
        var p = new QueryParameters();
        connection.Execute($"""
            INSERT INTO entity_corrections (ordinal, action, entity_id, other_id, decided_at)
            VALUES ({p.Add(ordinal)}, {p.Add(action)}, {p.Add(entityId)}, {p.Add(otherId)}, {p.Add(ArticleRows.Now())})
            """, p, transaction);
    }

    /// <summary>The stored entities of the type whose forms share a key with one of the name's forms and match it.</summary>
    private List<LinkCandidate> Candidates(string type, string folded, DbTransaction transaction)
    {
        var forms = EntityNames.Forms(folded);
        var keys = forms.SelectMany(f => EntityNames.Keys(type, f)).Distinct(StringComparer.Ordinal).ToList();
        var p = new QueryParameters();
        var stored = connection.Query($"""
            SELECT DISTINCT k.entity_id, k.form, a.canonical_id, e.name
            FROM entity_name_keys k
            JOIN entity_aliases a ON a.entity_id = k.entity_id
            JOIN entities e ON e.id = k.entity_id
            WHERE k.name_key IN ({p.AddList(keys)})
            """, p, r => (Id: r.GetString(0), Form: r.GetString(1), Canonical: r.GetString(2), Name: r.GetString(3)), transaction);
        var agreement = SharedLinker.Value.Names;
        var best = new Dictionary<string, LinkCandidate>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            var rowName = EntityNames.Folded(row.Id, row.Name);
            foreach (var form in forms)
            {
                if (agreement.Match(type, form, row.Form) is not { } match)
                {
                    continue;
                }
                var clitic = form == row.Form && (form != folded || row.Form != rowName);
                var candidate = new LinkCandidate(row.Id, row.Canonical, form, row.Form, match.Similarity, match.SameSkeleton, clitic);
                if (!best.TryGetValue(row.Id, out var known) || known.Similarity < candidate.Similarity || (known.Similarity == candidate.Similarity && candidate.Clitic && !known.Clitic))
                {
                    best[row.Id] = candidate;
                }
            }
        }
        return [.. best.Values];
    }

    private void AddAlias(string id, LinkDecision decision, string now, DbTransaction transaction)
    {
        var p = new QueryParameters();
        var similarity = decision.Similarity is { } s ? p.Add(s) : "NULL";
        connection.Execute($"""
            INSERT INTO entity_aliases (entity_id, canonical_id, decision, similarity, evidence, decided_at)
            VALUES ({p.Add(id)}, {p.Add(decision.CanonicalId)}, {p.Add(decision.Decision)}, {similarity}, {p.Add(decision.Evidence)}, {p.Add(now)})
            ON CONFLICT (entity_id) DO NOTHING
            """, p, transaction);
    }

    private void AddNameKeys(string type, string id, string folded, DbTransaction transaction)
    {
        var rows = EntityNames.Forms(folded)
            .SelectMany(form => EntityNames.Keys(type, form).Select(key => (Key: key, Form: form)))
            .Distinct()
            .ToList();
        foreach (var chunk in rows.Chunk(300))
        {
            var p = new QueryParameters();
            var values = string.Join(", ", chunk.Select(r => $"({p.Add(r.Key)}, {p.Add(id)}, {p.Add(r.Form)})"));
            connection.Execute($"INSERT INTO entity_name_keys (name_key, entity_id, form) VALUES {values} ON CONFLICT (name_key, entity_id, form) DO NOTHING", p, transaction);
        }
    }

    /// <summary>Gives name keys to the stored entities that have none (those of a store made before identity was kept); once per connection.</summary>
    private void CompleteNameKeys(DbTransaction transaction)
    {
        if (_keysComplete)
        {
            return;
        }
        var missing = connection.Query("""
            SELECT e.id, e.type, e.name FROM entities e
            JOIN entity_aliases a ON a.entity_id = e.id
            WHERE e.type IN ('person', 'org', 'location')
              AND NOT EXISTS (SELECT 1 FROM entity_name_keys k WHERE k.entity_id = e.id)
            ORDER BY e.id
            """, null, r => (Id: r.GetString(0), Type: r.GetString(1), Name: r.GetString(2)), transaction);
        foreach (var entity in missing)
        {
            AddNameKeys(entity.Type, entity.Id, EntityNames.Folded(entity.Id, entity.Name), transaction);
        }
        _keysComplete = true;
    }
}
