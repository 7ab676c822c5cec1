using Npgsql;

namespace Rasd.Store.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use, from <c>RASD_TEST_POSTGRES</c> (scripts/postgres-test-cluster.sh
/// prints it). Without it the PostgreSQL tests are skipped locally, but fail under CI=true, where
/// skipping would hide that one backend went untested.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "RASD_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL tests are skipped, or null when they run (always under CI).</summary>
    public static string? SkipReason => ConnectionString is null && !InContinuousIntegration
        ? $"{Variable} is not set, so the PostgreSQL backend is not tested (eval \"$(scripts/postgres-test-cluster.sh start)\" sets it)"
        : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException($"{Variable} is not set, and CI=true requires the PostgreSQL tests to run (start scripts/postgres-test-cluster.sh)");
}

/// <summary>A schema of its own in the test server, dropped on dispose; <see cref="Db"/> sets it as the search path.</summary>
public sealed class PostgresTarget : StoreTarget
{
    private readonly string _server;
    private readonly string _schema = "rasd_test_" + Guid.NewGuid().ToString("N")[..16];

    public PostgresTarget()
    {
        _server = PostgresTestServer.RequireConnectionString();
        try
        {
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            command.ExecuteNonQuery();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"the PostgreSQL server of {PostgresTestServer.Variable} ({_server}) cannot be reached: {e.Message}", e);
        }
        Db = new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;
    }

    public override string Db { get; }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
