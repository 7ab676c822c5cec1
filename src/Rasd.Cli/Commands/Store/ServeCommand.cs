using System.CommandLine;
using System.Data.Common;
using Rasd.Store;
using Rasd.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rasd.Web.Hosting;

namespace Rasd.Cli.Commands.Store;

/// <summary><c>rasd serve</c>: the REST API and the web UI over a store, on loopback unless <c>--urls</c> says otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreCommandOptions.Database();
        var urls = new Option<string[]>("--urls") { Description = $"addresses to listen on (default {WebOptions.DefaultUrl}); several separated by ';'", AllowMultipleArgumentsPerToken = true };
        var keyFile = new Option<string?>("--api-key-file") { Description = "a file whose first line is the API key that enables POST /api/articles (else $RASD_API_KEY; without either, writing is disabled)" };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "largest request body accepted (413 beyond)", DefaultValueFactory = _ => WebOptions.DefaultMaxBodyBytes };
        var writes = new Option<int>("--writes-per-minute") { Description = "writes one client may make per minute (429 beyond)", DefaultValueFactory = _ => 30 };
        var command = new Command("serve", "serve the REST API and the web UI") { db, urls, keyFile, maxBody, writes };
        command.SetAction((result, cancellation) => Run(result.GetValue(db), result.GetValue(urls), result.GetValue(keyFile), result.GetValue(maxBody), result.GetValue(writes), cancellation));
        return command;
    }

    public static async Task<int> Run(string? db, string[]? urls, string? keyFile, long maxBody, int writes, CancellationToken cancellation)
    {
        if (!StoreCommandOptions.Positive("--writes-per-minute", writes))
        {
            return 2;
        }
        if (maxBody <= 0)
        {
            CliOutput.Error($"--max-body-bytes must be a positive number (got {maxBody})");
            return 2;
        }
        string? key;
        try
        {
            key = ApiKey.Load(keyFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            CliOutput.Error($"--api-key-file: {e.Message}");
            return 2;
        }
        var addresses = (urls ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var options = new WebOptions
        {
            Database = db,
            Urls = addresses.Count > 0 ? addresses : [WebOptions.DefaultUrl],
            ApiKey = key,
            MaxBodyBytes = maxBody,
            WritesPerMinute = writes,
        };
        var app = RasdWebApplication.Create(options);
        try
        {
            var stores = app.Services.GetRequiredService<StorePool>();
            await app.StartAsync(cancellation);
            Console.Error.WriteLine($"rasd serve: {stores.Backend} store {ArticleStores.Describe(db)}; listening on {string.Join(", ", app.Urls)}; writing {(key is null ? "disabled (no API key)" : "enabled")}");
            await app.WaitForShutdownAsync(cancellation);
            return 0;
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException or TimeoutException)
        {
            CliOutput.Error($"serve: {e.Message}");
            return 2;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
