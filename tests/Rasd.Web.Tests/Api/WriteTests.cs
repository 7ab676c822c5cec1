using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Rasd.Store.Tests.Support;
using Rasd.Web.Tests.Support;

namespace Rasd.Web.Tests.Api;

/// <summary><c>POST /api/articles</c>: the key as a bearer token, the body limit, the media types, and that a stored article is then served, on both backends.</summary>
public abstract class WriteTests(WritableWebFixture fixture)
{
    private const string Article = """
        عمّان (رصد) - أعلنت وزارة الزراعة الأردنية اليوم الثلاثاء أنها وقعت اتفاقا لاستيراد القمح من كازاخستان بقيمة 40 مليون دولار.

        وقال وزير الزراعة إن "الاتفاق يضمن مخزونا يكفي ستة أشهر على الأقل".
        """;

    private HttpClient Client => fixture.Client;

    private static HttpRequestMessage Post(HttpContent content, string? key = WritableWebFixture.Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = content };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    private static StringContent Plain(string text) => new(text, Encoding.UTF8, "text/plain");

    [BackendFact]
    public async Task A_posted_article_is_analyzed_stored_and_served()
    {
        var text = Article + "\n" + Guid.NewGuid().ToString("N");
        using var created = await Client.SendAsync(Post(Plain(text)));
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        var record = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("record");
        var id = record.GetProperty("id").GetString()!;
        Assert.Equal($"/api/articles/{id}", created.Headers.Location?.OriginalString);
        Assert.Contains(record.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "country:KZ");
        Assert.NotEmpty(record.GetProperty("amounts").EnumerateArray());
        var served = await Answers.Get(Client, $"/api/articles/{id}");
        Assert.Equal(id, served.GetProperty("id").GetString());
        using var again = await Client.SendAsync(Post(Plain(text)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [BackendFact]
    public async Task Json_and_html_bodies_are_read_as_articles()
    {
        var marker = Guid.NewGuid().ToString("N");
        var json = System.Text.Json.JsonSerializer.Serialize(new { title = "القمح الكازاخستاني", date = "2024-05-14", text = Article + marker });
        using var fromJson = await Client.SendAsync(Post(new StringContent(json, Encoding.UTF8, "application/json")));
        var jsonBody = await fromJson.Content.ReadAsStringAsync();
        Assert.True(fromJson.StatusCode == HttpStatusCode.Created, jsonBody);
        Assert.Equal("2024-05-14", System.Text.Json.JsonDocument.Parse(jsonBody).RootElement.GetProperty("record").GetProperty("published").GetString());
        var html = $"<!DOCTYPE html><html lang=\"ar\"><head><title>القمح</title></head><body><article><p>{Article}</p><p>{marker}-html</p></article></body></html>";
        using var fromHtml = await Client.SendAsync(Post(new StringContent(html, Encoding.UTF8, "text/html")));
        Assert.True(fromHtml.StatusCode == HttpStatusCode.Created, await fromHtml.Content.ReadAsStringAsync());
    }

    [BackendFact]
    public async Task Writing_needs_the_key_as_a_bearer_token()
    {
        using var missing = await Client.SendAsync(Post(Plain(Article), key: null));
        await Answers.Problem(missing, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
        using var wrong = await Client.SendAsync(Post(Plain(Article), key: WritableWebFixture.Key + "x"));
        await Answers.Problem(wrong, HttpStatusCode.Unauthorized);
        var basic = Post(Plain(Article), key: null);
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("rasd:" + WritableWebFixture.Key)));
        using var notBearer = await Client.SendAsync(basic);
        await Answers.Problem(notBearer, HttpStatusCode.Unauthorized);
    }

    [BackendFact]
    public async Task Bodies_over_the_limit_are_refused_with_413()
    {
        var large = new string('ب', (int)WritableWebFixture.BodyLimit);
        using var declared = await Client.SendAsync(Post(Plain(large)));
        await Answers.Problem(declared, HttpStatusCode.RequestEntityTooLarge);
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(large)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var request = Post(chunked);
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await Client.SendAsync(request);
        await Answers.Problem(streamed, HttpStatusCode.RequestEntityTooLarge);
    }

    [BackendFact]
    public async Task Bodies_that_are_no_article_are_problems()
    {
        using var empty = await Client.SendAsync(Post(Plain(string.Empty)));
        await Answers.Problem(empty, HttpStatusCode.BadRequest);
        using var image = await Client.SendAsync(Post(new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }));
        await Answers.Problem(image, HttpStatusCode.UnsupportedMediaType);
        using var badJson = await Client.SendAsync(Post(new StringContent("{\"text\": ", Encoding.UTF8, "application/json")));
        await Answers.Problem(badJson, HttpStatusCode.UnprocessableEntity);
        using var noText = await Client.SendAsync(Post(new StringContent("[1, 2]", Encoding.UTF8, "application/json")));
        await Answers.Problem(noText, HttpStatusCode.UnprocessableEntity);
        using var binary = await Client.SendAsync(Post(new ByteArrayContent([0, 1, 2, 3, 0, 0, 0, 7, 255, 254, 0, 0]) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }));
        await Answers.Problem(binary, HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SqliteWriteTests(SqliteWritableWebFixture fixture) : WriteTests(fixture), IClassFixture<SqliteWritableWebFixture>;

public sealed class PostgresWriteTests(PostgresWritableWebFixture fixture) : WriteTests(fixture), IClassFixture<PostgresWritableWebFixture>, IRequiresPostgres;

/// <summary>Writes beyond the per-minute allowance get 429 as problem details.</summary>
public sealed class RateLimitTests(RateLimitedWebFixture fixture) : IClassFixture<RateLimitedWebFixture>
{
    [Fact]
    public async Task The_third_write_in_a_minute_is_refused()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(string.Empty, Encoding.UTF8, "text/plain") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WritableWebFixture.Key);
            using var response = await fixture.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                await Answers.Problem(response, HttpStatusCode.TooManyRequests);
            }
        }
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        var reads = await Answers.Get(fixture.Client, "/api/articles?limit=1");
        Assert.Equal(6, reads.GetProperty("total").GetInt64());
    }
}
