using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Spectre.Console;
using Rasd.Web;
using Rasd.Web.Benchmark;

namespace Rasd.Cli.Commands.Store;

/// <summary>
/// <c>rasd bench-web</c>: serves a store on a free loopback port (or uses <c>--url</c>) and runs the
/// bounded load client against it: 32 clients for 30 s by default, half searches, half article reads,
/// after 5 s of the same load not counted. The server runs as <c>rasd serve</c> in a process of its
/// own, as it does in use, so that the clients' work and garbage collections are not the server's;
/// <c>--in-process</c> serves from this process instead.
/// </summary>
internal static class BenchWebCommand
{
    public static Command Create()
    {
        var db = StoreCommandOptions.Database();
        var url = new Option<string?>("--url") { Description = "a running rasd serve to load (default: rasd serve --db on a free loopback port, in a process of its own)" };
        var inProcess = new Option<bool>("--in-process") { Description = "serve from this process rather than a process of its own" };
        var warmup = new Option<int>("--warmup") { Description = "seconds of load before the measured time, not counted", DefaultValueFactory = _ => 5 };
        var clients = new Option<int>("--clients") { Description = "concurrent clients, each waiting for its answer before the next request", DefaultValueFactory = _ => 32 };
        var duration = new Option<int>("--duration") { Description = "seconds of load", DefaultValueFactory = _ => 30 };
        var format = StoreCommandOptions.Format();
        var command = new Command("bench-web", "load the web API with concurrent loopback clients and report latency percentiles") { db, url, inProcess, clients, duration, warmup, format };
        command.SetAction((result, cancellation) => Run(
            result.GetValue(db), result.GetValue(url), result.GetValue(inProcess), result.GetValue(clients), result.GetValue(duration), result.GetValue(warmup), result.GetValue(format)!, Console.Out, cancellation));
        return command;
    }

    public static async Task<int> Run(string? db, string? url, bool inProcess, int clients, int duration, int warmup, string format, TextWriter output, CancellationToken cancellation)
    {
        if (!StoreCommandOptions.Positive("--clients", clients) || !StoreCommandOptions.Positive("--duration", duration))
        {
            return 2;
        }
        if (clients > 1_000 || duration > 3_600 || warmup is < 0 or > 600)
        {
            CliOutput.Error("--clients is at most 1,000, --duration at most 3,600 seconds and --warmup from 0 to 600 seconds");
            return 2;
        }
        WebApplication? app = null;
        ServerProcess? server = null;
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            if (url is null)
            {
                url = $"http://127.0.0.1:{FreePort()}";
                if (inProcess)
                {
                    app = RasdWebApplication.Create(new WebOptions { Database = db, Urls = [url] });
                    await app.StartAsync(cancellation);
                }
                else
                {
                    server = await ServerProcess.Start(db, url, cancellation);
                }
            }
            using var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            var report = await new LoadClient(http).Run(new LoadOptions { Clients = clients, Duration = TimeSpan.FromSeconds(duration), Warmup = TimeSpan.FromSeconds(warmup) }, cancellation);
            Write(report, format, output);
            return report.Errors == 0 ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException or System.Data.Common.DbException)
        {
            CliOutput.Error($"bench-web: {e.Message}");
            return 2;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
            server?.Dispose();
        }
    }

    private static void Write(LoadReport report, string format, TextWriter output)
    {
        if (format == StoreCommandOptions.Json)
        {
            StoreOutput.Json(output, report);
            return;
        }
        var header = new[] { "endpoint", "requests", "errors", "per_second", "p50_ms", "p95_ms", "p99_ms", "max_ms" };
        var rows = report.Endpoints.Select(e => new object?[] { e.Endpoint, e.Requests, e.Errors, Round(e.PerSecond), Round(e.P50), Round(e.P95), Round(e.P99), Round(e.Max) });
        if (format == StoreCommandOptions.Csv)
        {
            StoreOutput.Csv(output, header, rows);
            return;
        }
        output.WriteLine($"{report.Clients} clients for {report.Elapsed.TotalSeconds:0.0} s over {report.ArticlesSampled:N0} articles and {report.WordsSampled:N0} query words");
        var table = StoreOutput.Table(header);
        foreach (var row in rows)
        {
            table.AddRow(row.Select(StoreOutput.Cell).ToArray());
        }
        StoreOutput.Console(output).Write(table);
    }

    private static string Round(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
