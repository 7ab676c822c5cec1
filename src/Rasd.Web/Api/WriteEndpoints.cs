using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Rasd.Input;
using Rasd.Text;
using Rasd.Web.Hosting;

namespace Rasd.Web.Api;

/// <summary>
/// <c>POST /api/articles</c>: analyzes and stores one article sent as plain text, an HTML page or a
/// JSON object <c>{title, date, text}</c>, and answers with its record. Writing needs the API key
/// as a bearer token; without a configured key it is disabled.
/// </summary>
internal static class WriteEndpoints
{
    public const string RateLimitPolicy = "writes";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/articles", Post)
            .WithTags("write")
            .WithSummary("Analyze and store one article (text/plain, text/html or application/json {title, date, text}); needs the API key as a bearer token.")
            .RequireRateLimiting(RateLimitPolicy);

    private static async Task<IResult> Post(HttpContext context, StorePool stores, ArticleWriter writer, ApiKey key, WebOptions options, CancellationToken cancellation)
    {
        if (!key.IsConfigured)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "writing is disabled", "the server was started without an API key (--api-key-file or RASD_API_KEY)");
        }
        if (!key.Accepts(context.Request.Headers.Authorization))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Status(StatusCodes.Status401Unauthorized, "unauthorized", "send the API key as Authorization: Bearer KEY");
        }
        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            return TooLarge(options);
        }
        var body = await ReadBounded(context, options.MaxBodyBytes, cancellation);
        if (body is null)
        {
            return TooLarge(options);
        }
        if (body.Length == 0)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "empty body", "send the article as the request body");
        }
        var mediaType = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        var (input, refusal) = mediaType switch
        {
            "text/plain" => Read($"posted-{Stamp()}.txt", body, options),
            "text/html" or "application/xhtml+xml" => Read($"posted-{Stamp()}.html", body, options),
            "application/json" => ReadJson(body, options),
            _ => (null, (string?)null),
        };
        if (input is null)
        {
            return refusal is null
                ? Problems.Status(StatusCodes.Status415UnsupportedMediaType, "unsupported media type", "send text/plain, text/html or application/json")
                : Problems.Status(StatusCodes.Status422UnprocessableEntity, "article refused", refusal);
        }
        var outcome = await writer.WriteAsync(stores, input, cancellation);
        if (outcome.Article is null)
        {
            return Problems.Status(StatusCodes.Status422UnprocessableEntity, "article refused", outcome.Refusal ?? "the article could not be stored");
        }
        var response = ArticleResponse.From(outcome.Article);
        return outcome.Created ? Results.Created($"/api/articles/{outcome.Article.Id}", response) : Results.Ok(response);
    }

    private static IResult TooLarge(WebOptions options) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "body too large", $"at most {options.MaxBodyBytes:N0} bytes");

    /// <summary>The body, or null when it runs past the limit (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadBounded(HttpContext context, long limit, CancellationToken cancellation)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }

    private static (ArticleInput? Input, string? Refusal) Read(string name, byte[] body, WebOptions options)
    {
        DecodedText decoded;
        try
        {
            decoded = TextDecoder.Decode(body, name);
        }
        catch (InputRefusedException e)
        {
            return (null, e.Message);
        }
        var items = new ArticleReader(options.MaxBodyBytes).Parse(name, decoded).Take(2).ToList();
        return items switch
        {
            [{ Article: { } article }] => (article, null),
            [{ Problem: { } problem }] => (null, problem.Reason),
            [] => (null, "no article in the body"),
            _ => (null, "send one article per request"),
        };
    }

    /// <summary>A JSON object of the JSON Lines corpus shape, read by the same reader once it is on one line.</summary>
    private static (ArticleInput? Input, string? Refusal) ReadJson(byte[] body, WebOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return (null, $"the body is not JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return (null, "expected a JSON object with a \"text\" string (and optional \"title\" and \"date\")");
            }
            var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document.RootElement));
            return Read($"posted-{Stamp()}.jsonl", line, options);
        }
    }

    private static string Stamp() => DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
}
