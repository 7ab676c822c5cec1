using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Rasd.Data;
using Rasd.Input;
using Rasd.Records;
using Rasd.Store;
using Rasd.Store.Abstractions;
using Rasd.Store.Ingest;
using Rasd.Store.Search;

// SqlBm25Bench build TARGET BASE_DB ARTICLES SEED   writes the replicated corpus of `rasd bench-store`
// SqlBm25Bench time TARGET REPORT_JSON REPETITIONS  times the query mix of a bench-store report on it
if (!(args is ["build", _, _, _, _] or ["time", _, _, _]))
{
    Console.Error.WriteLine("usage: SqlBm25Bench build TARGET BASE_DB ARTICLES SEED | time TARGET REPORT_JSON REPETITIONS");
    return 2;
}
using var store = ArticleStores.Open(args[1]);
if (args[0] == "build")
{
    var written = Replica.Build(store, args[2], long.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture));
    Console.WriteLine($"{written} articles written");
    return 0;
}
Console.WriteLine(Timing.Measure(store, args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture)));
return 0;

/// <summary>The replication of ReplicatedCorpus: the same copies, ids and dates, written by the previous store.</summary>
internal static class Replica
{
    public static long Build(IArticleStore store, string basePath, long count, int seed)
    {
        var articles = new List<(string Id, string? DuplicateOf, AnalysisRecord Record)>();
        using (var connection = new SqliteConnection($"Data Source={basePath};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, duplicate_of, record_json FROM articles ORDER BY seq";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                articles.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), RecordJson.Deserialize(reader.GetString(2))!));
            }
        }
        var random = new Random(seed);
        var first = new DateOnly(2016, 1, 1);
        var days = new DateOnly(2025, 12, 31).DayNumber - first.DayNumber + 1;
        var written = 0L;
        for (var copy = 0; written < count; copy++)
        {
            foreach (var chunk in articles.Take((int)Math.Min(articles.Count, count - written)).Chunk(2_000))
            {
                var dated = chunk.Select(a => (Article: a, Published: DateOnly.FromDayNumber(first.DayNumber + random.Next(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
                var number = copy;
                var batch = dated.AsParallel().AsOrdered().Select(d =>
                {
                    var record = d.Article.Record with { Id = CopyId(d.Article.Id, number), Published = d.Published };
                    var metadata = new ArticleMetadata("benchmark", "utf-8", record.Title, record.Title?.Length, d.Published, null);
                    return ArticlePreparer.FromRecord(record, metadata, d.Published) with { DuplicateOf = d.Article.DuplicateOf is null ? null : CopyId(d.Article.DuplicateOf, number) };
                }).ToList();
                written += store.WriteBatch(batch);
                Console.Error.Write($"\r{written:N0} articles");
            }
        }
        Console.Error.WriteLine();
        store.RefreshStatistics();
        return written;
    }

    private static string CopyId(string id, int copy) => copy == 0 ? id : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id}/{copy}")));
}

/// <summary>The measurement of StoreBenchmark: the mix once to warm up, then timed runs; medians per query, percentiles over the queries.</summary>
internal static class Timing
{
    public static string Measure(IArticleStore store, string target, string reportPath, int repetitions)
    {
        var mix = JsonDocument.Parse(File.ReadAllText(reportPath)).RootElement.GetProperty("search").GetProperty("queries").EnumerateArray()
            .Select(q => (Kind: q.GetProperty("kind").GetString()!, Query: q.GetProperty("query").GetString()!))
            .ToList();
        var search = new SearchService(store, KnowledgeBase.Default);
        var totals = mix.Select(q => search.Search(q.Query).Total).ToList();
        var loadBefore = LoadAverage();
        var times = mix.Select(_ => new List<double>()).ToList();
        for (var run = 0; run < repetitions; run++)
        {
            for (var i = 0; i < mix.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                search.Search(mix[i].Query);
                times[i].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        var medians = times.Select(t => Percentile(t, 0.5)).ToList();
        var counts = store.Counts();
        var report = new
        {
            backend = store.Backend,
            articles = counts.Articles + counts.NearDuplicates,
            originals = counts.Articles,
            repetitions,
            p50 = Math.Round(Percentile(medians, 0.50), 2),
            p95 = Math.Round(Percentile(medians, 0.95), 2),
            p99 = Math.Round(Percentile(medians, 0.99), 2),
            max = Math.Round(medians.Max(), 2),
            median_matches = (long)Percentile(totals.Select(t => (double)t).ToList(), 0.5),
            max_matches = totals.Max(),
            index_bytes = IndexBytes(store.Backend, target),
            load_before = loadBefore,
            load_after = LoadAverage(),
            by_kind = mix.Select((q, i) => (q.Kind, Milliseconds: medians[i])).GroupBy(x => x.Kind).Select(g => new
            {
                kind = g.Key,
                queries = g.Count(),
                p50 = Math.Round(Percentile(g.Select(x => x.Milliseconds).ToList(), 0.50), 2),
                p95 = Math.Round(Percentile(g.Select(x => x.Milliseconds).ToList(), 0.95), 2),
            }),
            queries = mix.Select((q, i) => new { kind = q.Kind, query = q.Query, matches = totals[i], milliseconds = Math.Round(medians[i], 3) }),
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The posting tables, their indexes and the full-text index of the previous schema.</summary>
    private static long IndexBytes(string backend, string target)
    {
        if (backend == "sqlite")
        {
            using var sqlite = new SqliteConnection($"Data Source={target};Mode=ReadOnly");
            sqlite.Open();
            using var command = sqlite.CreateCommand();
            command.CommandText = SqliteIndexBytes;
            try
            {
                return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            catch (SqliteException)
            {
                // The SQLite bundled with Microsoft.Data.Sqlite is built without the dbstat table; the sqlite3 shell has it.
                return SqliteShellBytes(target);
            }
        }
        using var postgres = new NpgsqlConnection(Rasd.Store.Postgres.PostgresConnectionString.Normalize(target));
        postgres.Open();
        using var size = new NpgsqlCommand("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND c.relname LIKE 'search%' AND n.nspname = current_schema()", postgres);
        return Convert.ToInt64(size.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private const string SqliteIndexBytes = "SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'search%' OR name LIKE 'sqlite_autoindex_search%'";

    private static long SqliteShellBytes(string target)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-readonly", target, SqliteIndexBytes })
        {
            start.ArgumentList.Add(argument);
        }
        using var shell = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start");
        var output = shell.StandardOutput.ReadToEnd();
        shell.WaitForExit();
        return long.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    private static string? LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
