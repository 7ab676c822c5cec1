using Rasd.Store.Abstractions;
using Rasd.Store.Postgres;
using Rasd.Store.Sqlite;

namespace Rasd.Store;

/// <summary>
/// Opens the store a <c>--db</c> value names: a PostgreSQL connection string or URL, else a SQLite
/// file. Without a value, <c>RASD_DB</c>, else <c>rasd.db</c> in the working folder.
/// </summary>
public static class ArticleStores
{
    public const string EnvironmentVariable = "RASD_DB";

    public const string DefaultFile = "rasd.db";

    public static string Resolve(string? db) =>
        !string.IsNullOrWhiteSpace(db) ? db
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultFile;

    public static IArticleStore Open(string? db)
    {
        var target = Resolve(db);
        return PostgresConnectionString.IsPostgres(target) ? PostgresArticleStore.Open(target) : SqliteArticleStore.Open(target);
    }

    /// <summary>The store's location for messages: a file path, or the connection string without its password.</summary>
    public static string Describe(string? db)
    {
        var target = Resolve(db);
        if (!PostgresConnectionString.IsPostgres(target))
        {
            return target;
        }
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(target)) { Password = null };
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "PostgreSQL";
        }
    }
}
