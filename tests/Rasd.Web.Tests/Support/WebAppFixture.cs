using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Rasd.Store;
using Rasd.Store.Tests.Support;

namespace Rasd.Web.Tests.Support;

/// <summary>
/// One store and one in-process server for a test class: the seed articles and a hostile fixture
/// ingested into a fresh store, served through ASP.NET Core's test server. A subclass chooses the
/// backend and the options; a PostgreSQL fixture without a configured server stays empty, and its
/// tests are skipped (never under CI).
/// </summary>
public abstract class WebAppFixture : IAsyncLifetime
{
    private StoreTarget? _target;
    private WebApplication? _app;

    public HttpClient Client => _client ?? throw new InvalidOperationException("the fixture was not started");

    private HttpClient? _client;

    /// <summary>The article holding markup that must show as text.</summary>
    public string HostileId { get; private set; } = string.Empty;

    public string Db => _target?.Db ?? throw new InvalidOperationException("the fixture was not started");

    protected abstract bool NeedsPostgres { get; }

    protected abstract StoreTarget CreateTarget();

    protected virtual WebOptions Options(string db) => new() { Database = db, StoreConnections = 4 };

    public async Task InitializeAsync()
    {
        if (NeedsPostgres && PostgresTestServer.SkipReason is not null)
        {
            return;
        }
        _target = CreateTarget();
        using (var store = ArticleStores.Open(_target.Db))
        {
            var summary = CorpusIngest.Ingest(store, [WebPaths.Seeds, WebPaths.HostileArticle]);
            if (summary.Refused > 0)
            {
                throw new InvalidOperationException(string.Join("; ", summary.Problems));
            }
            HostileId = store.ExportArticles().Single(a => a.File == Path.GetFileName(WebPaths.HostileArticle)).Id;
        }
        _app = RasdWebApplication.Create(Options(_target.Db), builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _target?.Dispose();
    }
}

public sealed class SqliteWebFixture : WebAppFixture
{
    protected override bool NeedsPostgres => false;

    protected override StoreTarget CreateTarget() => new SqliteTarget();
}

public sealed class PostgresWebFixture : WebAppFixture
{
    protected override bool NeedsPostgres => true;

    protected override StoreTarget CreateTarget() => new PostgresTarget();
}

/// <summary>A server with writing enabled: an API key, a small body limit, and a rate limit no test reaches.</summary>
public abstract class WritableWebFixture : WebAppFixture
{
    public const string Key = "test-key-7f3a9c";

    public const long BodyLimit = 64 * 1024;

    protected override WebOptions Options(string db) => base.Options(db) with { ApiKey = Key, MaxBodyBytes = BodyLimit, WritesPerMinute = 10_000 };
}

public sealed class SqliteWritableWebFixture : WritableWebFixture
{
    protected override bool NeedsPostgres => false;

    protected override StoreTarget CreateTarget() => new SqliteTarget();
}

public sealed class PostgresWritableWebFixture : WritableWebFixture
{
    protected override bool NeedsPostgres => true;

    protected override StoreTarget CreateTarget() => new PostgresTarget();
}

/// <summary>A server that allows two writes a minute, to see the third refused.</summary>
public sealed class RateLimitedWebFixture : WebAppFixture
{
    protected override bool NeedsPostgres => false;

    protected override StoreTarget CreateTarget() => new SqliteTarget();

    protected override WebOptions Options(string db) => base.Options(db) with { ApiKey = WritableWebFixture.Key, WritesPerMinute = 2 };
}
