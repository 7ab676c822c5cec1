using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Rasd.Data;
using Rasd.Store;
using Rasd.Web.Api;
using Rasd.Web.Hosting;
using Rasd.Web.Pages;

namespace Rasd.Web;

/// <summary>
/// The server behind <c>rasd serve</c>: the REST API (OpenAPI at <c>/openapi/v1.json</c>) and the
/// right-to-left web UI over one store, in one process.
/// </summary>
public static class RasdWebApplication
{
    /// <summary>Builds the application; <paramref name="configure"/> lets tests swap the server (a test server) before it is built.</summary>
    public static WebApplication Create(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        // As the ASP.NET Core templates' settings do: the framework logs warnings and errors, not a
        // line for every request, which under load costs more than answering many of them.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(WriteEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.WritesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "too many requests", Detail = $"at most {options.WritesPerMinute} writes a minute" },
                });
            };
        });
        var knowledge = KnowledgeBase.Default;
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(_ => new StorePool(() => ArticleStores.Open(options.Database), options.StoreConnections));
        builder.Services.AddSingleton(new WebSearch(knowledge));
        builder.Services.AddSingleton(new ArticleWriter(knowledge));
        builder.Services.AddSingleton(new ApiKey(options.ApiKey));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(app.Environment.WebRootPath),
            RequestPath = "/assets",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.MapOpenApi();
        ReadEndpoints.Map(app);
        ExportEndpoints.Map(app);
        WriteEndpoints.Map(app);
        PageEndpoints.Map(app);
        return app;
    }
}
