using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Rasd.Web.Benchmark;

/// <summary>What a load run does: how many clients, for how long, and the seed of its request mix.</summary>
public sealed record LoadOptions
{
    public int Clients { get; init; } = 32;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Load before the measured time, not counted: a fresh server compiles and fills its caches in its first seconds.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.Zero;

    public int Seed { get; init; } = 13;

    /// <summary>How many article ids and query words are sampled from the store for the mix.</summary>
    public int SampleSize { get; init; } = 500;
}

/// <summary>
/// A bounded load client: a fixed number of clients, each sending its next request only when the
/// last one answered (a closed loop, so the server is never sent more than it can take in flight),
/// for a fixed time. Half the requests are <c>GET /api/search</c> with a word from a stored
/// article's title, half <c>GET /api/articles/{id}</c> of a stored article, drawn by a seeded
/// random mix; any answer other than 200, and any failure to answer, is an error.
/// </summary>
public sealed class LoadClient(HttpClient http)
{
    public const string SearchEndpoint = "GET /api/search";
    public const string ArticleEndpoint = "GET /api/articles/{id}";

    public async Task<LoadReport> Run(LoadOptions options, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Clients);
        var (ids, words) = await Sample(options, cancellation);
        if (ids.Count == 0 || words.Count == 0)
        {
            throw new InvalidOperationException("the store has no articles to request");
        }
        if (options.Warmup > TimeSpan.Zero)
        {
            await Task.WhenAll(Enumerable.Range(0, options.Clients)
                .Select(i => Task.Run(() => Client(new Random(-options.Seed - i), ids, words, options.Warmup, cancellation), cancellation)));
        }
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, options.Clients)
            .Select(i => Task.Run(() => Client(new Random(options.Seed + i), ids, words, options.Duration, cancellation), cancellation))
            .ToList();
        var samples = (await Task.WhenAll(clients)).SelectMany(s => s).ToList();
        var elapsed = clock.Elapsed;
        var endpoints = samples.GroupBy(s => s.Endpoint)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => EndpointFigures.Of(g.Key, g.ToList(), elapsed))
            .ToList();
        return new LoadReport(options.Clients, elapsed, ids.Count, words.Count, endpoints);
    }

    private async Task<List<Timing>> Client(Random random, List<string> ids, List<string> words, TimeSpan duration, CancellationToken cancellation)
    {
        var samples = new List<Timing>(4096);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration && !cancellation.IsCancellationRequested)
        {
            var search = random.Next(2) == 0;
            var url = search
                ? $"/api/search?q={Uri.EscapeDataString(words[random.Next(words.Count)])}&limit=10&facets=false"
                : $"/api/articles/{ids[random.Next(ids.Count)]}";
            var started = clock.Elapsed;
            bool ok;
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellation);
                ok = response.StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                ok = false;
            }
            samples.Add(new Timing(search ? SearchEndpoint : ArticleEndpoint, (clock.Elapsed - started).TotalMilliseconds, ok));
        }
        return samples;
    }

    /// <summary>Article ids and title words from the store's newest articles, in a seeded order.</summary>
    private async Task<(List<string> Ids, List<string> Words)> Sample(LoadOptions options, CancellationToken cancellation)
    {
        var ids = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ids.Count < options.SampleSize && offset <= 10_000 - 100; offset += 100)
        {
            using var document = JsonDocument.Parse(await http.GetStringAsync($"/api/articles?limit=100&offset={offset}", cancellation));
            var items = document.RootElement.GetProperty("items");
            if (items.GetArrayLength() == 0)
            {
                break;
            }
            foreach (var item in items.EnumerateArray())
            {
                ids.Add(item.GetProperty("id").GetString()!);
                foreach (var word in (item.GetProperty("title").GetString() ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var letters = new string(word.Where(char.IsLetter).ToArray());
                    if (letters.Length >= 4)
                    {
                        words.Add(letters);
                    }
                }
            }
        }
        var random = new Random(options.Seed);
        return (ids.Take(options.SampleSize).OrderBy(_ => random.Next()).ToList(), words.Order(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(options.SampleSize).ToList());
    }

    internal sealed record Timing(string Endpoint, double Milliseconds, bool Ok);

    /// <summary>The figures of one endpoint over a run.</summary>
    public sealed record EndpointFigures(string Endpoint, long Requests, long Errors, double PerSecond, double P50, double P95, double P99, double Max)
    {
        internal static EndpointFigures Of(string endpoint, List<Timing> samples, TimeSpan elapsed)
        {
            var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
            return new EndpointFigures(endpoint, samples.Count, samples.Count(s => !s.Ok), samples.Count / elapsed.TotalSeconds,
                Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
        }

        /// <summary>The nearest-rank percentile of sorted values.</summary>
        internal static double Percentile(double[] sorted, double fraction) =>
            sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>A load run: clients, wall time, the size of the sampled mix, and the figures per endpoint.</summary>
public sealed record LoadReport(int Clients, TimeSpan Elapsed, int ArticlesSampled, int WordsSampled, IReadOnlyList<LoadClient.EndpointFigures> Endpoints)
{
    public long Errors => Endpoints.Sum(e => e.Errors);
}
