using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Rasd.Store;

namespace Rasd.Web.Tests.Support;

/// <summary>
/// The seeds, the wild corpus and the hostile fixture ingested into a temporary SQLite store,
/// served by <c>rasd serve</c> (the built command line, as a separate process) on a free loopback
/// port, and Debian's chromium driven by Playwright (launched by its path, headless, no sandbox).
/// One of each for all browser tests.
/// </summary>
public sealed class ServedCorpusFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rasd-web-tests", Guid.NewGuid().ToString("N"));
    private Process? _server;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public string HostileId { get; private set; } = string.Empty;

    /// <summary>A seed article with direct quotes and named speakers.</summary>
    public string QuotedId { get; private set; } = string.Empty;

    public string ServerLog => _server is null ? string.Empty : File.ReadAllText(Path.Combine(_folder, "serve.log"));

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: scripts/test.sh installs Debian's chromium package");
        }
        Directory.CreateDirectory(_folder);
        var db = Path.Combine(_folder, "store.db");
        using (var store = ArticleStores.Open(db))
        {
            var summary = CorpusIngest.Ingest(store, [WebPaths.Seeds, .. WebPaths.WildArticles, WebPaths.HostileArticle]);
            if (summary.Refused > 0)
            {
                throw new InvalidOperationException(string.Join("; ", summary.Problems));
            }
            var articles = store.ExportArticles().ToList();
            HostileId = articles.Single(a => a.File == Path.GetFileName(WebPaths.HostileArticle)).Id;
            QuotedId = articles.Single(a => a.File == "000_2044d9ddcc7c41c2.txt").Id;
        }
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { WebPaths.CliAssembly, "serve", "--db", db, "--urls", BaseUrl })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Remove("RASD_API_KEY");
        _server = Process.Start(start) ?? throw new InvalidOperationException("rasd serve did not start");
        var log = new StreamWriter(Path.Combine(_folder, "serve.log")) { AutoFlush = true };
        _server.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilServing();
        _playwright = await Playwright.CreateAsync();
        // The tests wait for what a page shows, not for its load events, and the suite runs the other
        // test assemblies beside this one: an assertion waits as long as an action may.
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The server's files may still be closing; the temp folder is cleaned later.
        }
    }

    private async Task WaitUntilServing()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"rasd serve exited with {_server.ExitCode}: {ServerLog}");
            }
            try
            {
                using var response = await http.GetAsync($"{BaseUrl}/api/articles?limit=1");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"rasd serve did not answer within 90 s: {ServerLog}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
