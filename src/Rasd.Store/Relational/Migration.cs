using System.Data.Common;
using System.Globalization;

namespace Rasd.Store.Relational;

/// <summary>One numbered schema change; applied once, in order, inside a transaction, and recorded in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>Applies the pending migrations of a backend when a store is opened.</summary>
internal static class MigrationRunner
{
    public const string CreateLedger =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    /// <param name="serialize">Takes the backend's lock inside the transaction so that two processes opening a new store do not both migrate it.</param>
    public static void Apply(DbConnection connection, IReadOnlyList<Migration> migrations, Func<DbConnection, DbTransaction> begin, Action<DbTransaction>? serialize = null)
    {
        using var transaction = begin(connection);
        serialize?.Invoke(transaction);
        // Inside the lock: two processes creating the ledger of a new store at once collide in
        // PostgreSQL's catalog even with IF NOT EXISTS.
        connection.Execute(CreateLedger, null, transaction);
        var applied = connection.Query("SELECT version FROM schema_migrations", null, r => r.Int(0), transaction).ToHashSet();
        var newest = migrations.Max(m => m.Version);
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new InvalidOperationException($"the store's schema is at version {applied.Max()}, newer than this program knows ({newest}); upgrade rasd");
        }
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            connection.Execute(migration.Sql, null, transaction);
            var parameters = new QueryParameters();
            connection.Execute(
                $"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({parameters.Add(migration.Version)}, {parameters.Add(migration.Name)}, {parameters.Add(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))})",
                parameters,
                transaction);
        }
        transaction.Commit();
    }
}
