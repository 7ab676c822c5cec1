using System.Net;
using System.Text.Json;
using Rasd.Store.Tests.Support;
using Rasd.Web.Tests.Support;

namespace Rasd.Web.Tests.Api;

/// <summary>
/// Every GET endpoint of the API over the seed articles (and a hostile fixture), the same on both
/// backends: answers, paging bounds, hostile and malformed input, problem details and headers.
/// </summary>
public abstract class ApiContractTests(WebAppFixture fixture)
{
    private const string Japarov = "person:sadyr-japarov";

    private HttpClient Client => fixture.Client;

    [BackendFact]
    public async Task Articles_are_paged_newest_first_and_narrowed_by_a_query()
    {
        var all = await Answers.Get(Client, "/api/articles?limit=2");
        Assert.Equal(6, all.GetProperty("total").GetInt64());
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        var next = await Answers.Get(Client, "/api/articles?limit=2&offset=2");
        Assert.NotEqual(all.GetProperty("items")[0].GetProperty("id").GetString(), next.GetProperty("items")[0].GetProperty("id").GetString());
        var filtered = await Answers.Get(Client, $"/api/articles?q={Uri.EscapeDataString("pair:KZ-RU")}&limit=100");
        Assert.Equal(3, filtered.GetProperty("total").GetInt64());
    }

    [BackendFact]
    public async Task Paging_beyond_its_bounds_is_a_problem_naming_the_parameter()
    {
        foreach (var (query, parameter) in new[] { ("limit=0", "limit"), ("limit=101", "limit"), ("offset=-1", "offset"), ("offset=10001", "offset"), ("limit=abc", null) })
        {
            using var response = await Client.GetAsync($"/api/articles?{query}");
            var problem = await Answers.Problem(response, HttpStatusCode.BadRequest);
            if (parameter is not null)
            {
                Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
            }
        }
    }

    [BackendFact]
    public async Task An_article_comes_with_its_record_text_and_near_duplicates()
    {
        var list = await Answers.Get(Client, "/api/articles?limit=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString()!;
        var article = await Answers.Get(Client, $"/api/articles/{id}");
        Assert.Equal(id, article.GetProperty("id").GetString());
        var record = article.GetProperty("record");
        Assert.Equal(id, record.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Array, article.GetProperty("nearDuplicates").ValueKind);
    }

    [BackendFact]
    public async Task Article_ids_are_validated_and_unknown_ones_are_not_found()
    {
        await Answers.Problem(Client, $"/api/articles/{new string('a', 64)}", HttpStatusCode.NotFound);
        foreach (var bad in new[] { "abc", new string('A', 64), "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E" })
        {
            await Answers.Problem(Client, $"/api/articles/{bad}", HttpStatusCode.BadRequest);
        }
    }

    [BackendFact]
    public async Task Search_finds_both_spellings_with_snippets_and_facets()
    {
        var results = await Answers.Get(Client, $"/api/search?q={Uri.EscapeDataString("جباروف")}");
        Assert.Equal(2, results.GetProperty("total").GetInt64());
        foreach (var hit in results.GetProperty("hits").EnumerateArray())
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            var highlights = hit.GetProperty("highlights").EnumerateArray().ToList();
            Assert.NotEmpty(highlights);
            Assert.All(highlights, h => Assert.InRange(h.GetProperty("end").GetInt32(), h.GetProperty("start").GetInt32() + 1, snippet.Length));
        }
        var facets = results.GetProperty("facets");
        Assert.Contains(facets.GetProperty("persons").EnumerateArray(), p => p.GetProperty("value").GetString() == Japarov && p.GetProperty("count").GetInt64() == 2);
        Assert.Contains(facets.GetProperty("countries").EnumerateArray(), p => p.GetProperty("value").GetString() == "country:KG");
        Assert.NotEmpty(facets.GetProperty("months").EnumerateArray());
        Assert.NotEmpty(facets.GetProperty("sources").EnumerateArray());
    }

    [BackendFact]
    public async Task A_facet_value_narrows_the_query()
    {
        var wide = await Answers.Get(Client, $"/api/search?q={Uri.EscapeDataString("روسيا")}");
        var month = wide.GetProperty("facets").GetProperty("months")[0];
        var value = month.GetProperty("value").GetString()!;
        var days = DateTime.DaysInMonth(int.Parse(value[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(value[5..], System.Globalization.CultureInfo.InvariantCulture));
        var narrow = await Answers.Get(Client, $"/api/search?q={Uri.EscapeDataString($"روسيا from:{value}-01 to:{value}-{days:00}")}");
        Assert.Equal(month.GetProperty("count").GetInt64(), narrow.GetProperty("total").GetInt64());
        Assert.True(narrow.GetProperty("total").GetInt64() <= wide.GetProperty("total").GetInt64());
    }

    [BackendFact]
    public async Task Search_refuses_missing_malformed_and_oversized_queries()
    {
        await Answers.Problem(Client, "/api/search", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/search?q=%20", HttpStatusCode.BadRequest);
        var malformed = await Answers.Problem(Client, $"/api/search?q={Uri.EscapeDataString("روسيا from:yesterday")}", HttpStatusCode.BadRequest);
        Assert.Equal("q", malformed.GetProperty("parameter").GetString());
        await Answers.Problem(Client, $"/api/search?q={new string('ب', 501)}", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/search?q=%D8%A8%00", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, $"/api/search?q={Uri.EscapeDataString("روسيا")}&limit=1000", HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Hostile_query_text_is_only_ever_a_query()
    {
        var results = await Answers.Get(Client, $"/api/search?q={Uri.EscapeDataString("'; DROP TABLE articles; -- <script>")}");
        Assert.True(results.GetProperty("total").GetInt64() >= 0);
        var after = await Answers.Get(Client, "/api/articles?limit=1");
        Assert.Equal(6, after.GetProperty("total").GetInt64());
    }

    [BackendFact]
    public async Task Entities_are_listed_by_type_within_bounds()
    {
        var people = await Answers.Get(Client, "/api/entities?type=person&limit=5");
        Assert.InRange(people.GetArrayLength(), 1, 5);
        Assert.All(people.EnumerateArray(), e => Assert.Equal("person", e.GetProperty("type").GetString()));
        await Answers.Problem(Client, "/api/entities?type=planet", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/entities?limit=0", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/entities?limit=100000", HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task An_entity_shows_its_spellings_quotes_and_months()
    {
        var profile = await Answers.Get(Client, $"/api/entities/{Japarov}");
        Assert.Equal(Japarov, profile.GetProperty("entity").GetProperty("id").GetString());
        var names = profile.GetProperty("namesSeen").EnumerateArray().Select(n => n.GetProperty("value").GetString()!).ToList();
        Assert.Contains(names, n => n.Contains("جاباروف", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("جباروف", StringComparison.Ordinal));
        Assert.NotEmpty(profile.GetProperty("mentionsByMonth").EnumerateArray());
        Assert.All(profile.GetProperty("roles").EnumerateArray(), r =>
        {
            Assert.True(r.GetProperty("articles").GetInt64() >= 1);
            Assert.True(string.CompareOrdinal(r.GetProperty("firstSeen").GetString(), r.GetProperty("lastSeen").GetString()) <= 0);
        });
        Assert.NotEmpty(profile.GetProperty("roles").EnumerateArray());
        await Answers.Problem(Client, "/api/entities/person:nobody-at-all", HttpStatusCode.NotFound);
        await Answers.Problem(Client, $"/api/entities/{Uri.EscapeDataString("<script>alert(1)</script>")}", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, $"/api/entities/{Uri.EscapeDataString("person:" + new string('a', 300))}", HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Quotes_are_filtered_by_speaker_and_by_entity_mentioned()
    {
        var all = await Answers.Get(Client, "/api/quotes?limit=100");
        var speaker = all.EnumerateArray().First(q => q.GetProperty("speakerId").ValueKind == JsonValueKind.String).GetProperty("speakerId").GetString()!;
        var bySpeaker = await Answers.Get(Client, $"/api/quotes?speaker={Uri.EscapeDataString(speaker)}&limit=100");
        Assert.NotEmpty(bySpeaker.EnumerateArray());
        Assert.All(bySpeaker.EnumerateArray(), q => Assert.Equal(speaker, q.GetProperty("speakerId").GetString()));
        var about = await Answers.Get(Client, "/api/quotes?about=country:RU&limit=5");
        Assert.InRange(about.GetArrayLength(), 1, 5);
        await Answers.Problem(Client, "/api/quotes?speaker=%20or%201%3D1", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/quotes?limit=101", HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Amounts_are_filtered_by_unit()
    {
        var dollars = await Answers.Get(Client, "/api/amounts?unit=USD&limit=50");
        Assert.NotEmpty(dollars.EnumerateArray());
        Assert.All(dollars.EnumerateArray(), a => Assert.Equal("USD", a.GetProperty("unit").GetString()));
        await Answers.Problem(Client, $"/api/amounts?unit={Uri.EscapeDataString("USD' OR '1'='1")}", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/amounts?about=nothing", HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task A_pair_timeline_counts_articles_per_period()
    {
        var related = await Answers.Get(Client, $"/api/articles?q={Uri.EscapeDataString("pair:KZ-RU")}&limit=100");
        var dated = related.GetProperty("items").EnumerateArray().Count(a => a.GetProperty("published").GetString() is { Length: >= 7 });
        var timeline = await Answers.Get(Client, "/api/timeline?pair=KZ-RU&by=month");
        var periods = timeline.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(dated, periods.Sum(p => p.GetProperty("articles").GetInt64()));
        Assert.All(periods, p => Assert.InRange(p.GetProperty("meanTone").GetDouble(), -1, 1));
        var reversed = await Answers.Get(Client, "/api/timeline?pair=ru-kz&by=year");
        Assert.Equal(dated, reversed.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("articles").GetInt64()));
        foreach (var bad in new[] { "pair=KZ-KZ", "pair=KZR-U", "pair=KZ-RU&by=week", "pair=KZ-RU&by=1", "" })
        {
            await Answers.Problem(Client, $"/api/timeline?{bad}", HttpStatusCode.BadRequest);
        }
    }

    [BackendFact]
    public async Task Exports_are_streamed_in_every_format()
    {
        using var jsonl = await Client.GetAsync("/api/export?format=jsonl");
        Assert.Equal(HttpStatusCode.OK, jsonl.StatusCode);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.Equal(1, JsonDocument.Parse(l).RootElement.GetProperty("schema").GetInt32()));
        var csv = await Client.GetStringAsync("/api/export?format=csv");
        Assert.StartsWith("id,file,published,title", csv, StringComparison.Ordinal);
        var gexf = await Client.GetStringAsync("/api/export?format=gexf&minWeight=1");
        Assert.StartsWith("<?xml", gexf, StringComparison.Ordinal);
        await Answers.Problem(Client, "/api/export?format=..%2Fetc%2Fpasswd", HttpStatusCode.BadRequest);
        await Answers.Problem(Client, "/api/export?format=gexf&minWeight=0", HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Writing_is_disabled_without_a_configured_key()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("نص", System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "anything");
        using var response = await Client.SendAsync(request);
        await Answers.Problem(response, HttpStatusCode.Forbidden);
    }

    [BackendFact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var document = await Answers.Get(Client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/search", "/api/entities", "/api/entities/{id}", "/api/quotes", "/api/amounts", "/api/timeline", "/api/export" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
        Assert.False(paths.TryGetProperty("/", out _));
    }

    [BackendFact]
    public async Task Unknown_routes_are_problems_and_every_answer_carries_the_security_headers()
    {
        await Answers.Problem(Client, "/api/nothing-here", HttpStatusCode.NotFound);
        foreach (var url in new[] { "/api/articles", "/", "/api/nothing-here", "/assets/css/site.css" })
        {
            using var response = await Client.GetAsync(url);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }
}

public sealed class SqliteApiContractTests(SqliteWebFixture fixture) : ApiContractTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class PostgresApiContractTests(PostgresWebFixture fixture) : ApiContractTests(fixture), IClassFixture<PostgresWebFixture>, IRequiresPostgres;
