namespace Rasd.Web;

/// <summary>How <c>rasd serve</c> runs: the store, where it listens, the key that enables writes and the limits on them.</summary>
public sealed record WebOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const long DefaultMaxBodyBytes = 5 * 1024 * 1024;

    /// <summary>The <c>--db</c> value (a SQLite file or PostgreSQL connection string); null for the default store.</summary>
    public string? Database { get; init; }

    /// <summary>Addresses to listen on; loopback only unless the operator says otherwise.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The bearer token <c>POST /api/articles</c> requires; writing is disabled without one.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Request bodies larger than this are refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Writes a client may make per minute before it gets 429.</summary>
    public int WritesPerMinute { get; init; } = 30;

    /// <summary>Store connections kept for readers (each store instance serves one request at a time).</summary>
    public int StoreConnections { get; init; } = Math.Max(4, Environment.ProcessorCount * 2);
}
