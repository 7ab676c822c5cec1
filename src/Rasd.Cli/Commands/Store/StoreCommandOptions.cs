using System.CommandLine;
using System.Data.Common;
using Rasd.Store;
using Rasd.Store.Abstractions;

namespace Rasd.Cli.Commands.Store;

/// <summary>The options every store command shares, and how a store is opened with a one-line error.</summary>
internal static class StoreCommandOptions
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";

    public static Option<string?> Database() => new("--db")
    {
        Description = $"the store: a SQLite file (default {ArticleStores.DefaultFile} in the working folder, or ${ArticleStores.EnvironmentVariable}), or a PostgreSQL connection string (Host=…;Database=…) or postgres:// URL",
    };

    /// <summary><c>--format table|json|csv</c>: a terminal table for people, JSON or CSV for scripts.</summary>
    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table (default), json or csv", DefaultValueFactory = _ => Table };
        format.AcceptOnlyFromAmong(Table, Json, Csv);
        return format;
    }

    public static Option<int> Limit(string description, int defaultValue) => new("--limit")
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>Opens the store, or reports why not and returns null.</summary>
    public static IArticleStore? Open(string? db)
    {
        try
        {
            return ArticleStores.Open(db);
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException or TimeoutException)
        {
            CliOutput.Error($"cannot open the store {ArticleStores.Describe(db)}: {e.Message}");
            return null;
        }
    }

    /// <summary>Checks a count option; reports and returns false when it is not positive.</summary>
    public static bool Positive(string option, int value)
    {
        if (value > 0)
        {
            return true;
        }
        CliOutput.Error($"{option} must be a positive number (got {value})");
        return false;
    }
}
