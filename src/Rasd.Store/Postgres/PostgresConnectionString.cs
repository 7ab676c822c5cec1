using Npgsql;

namespace Rasd.Store.Postgres;

/// <summary>Accepts both Npgsql's <c>Host=…;Database=…</c> form and <c>postgres://user:password@host:port/database?sslmode=…</c> URLs.</summary>
public static class PostgresConnectionString
{
    public static bool IsPostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (value.Contains('=', StringComparison.Ordinal) && value.Contains("host", StringComparison.OrdinalIgnoreCase));

    public static string Normalize(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(value).ConnectionString;
        }
        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }
        return builder.ConnectionString;
    }
}
