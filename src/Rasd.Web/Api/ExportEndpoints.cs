using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Rasd.Store.Abstractions;
using Rasd.Store.Export;
using Rasd.Web.Hosting;

namespace Rasd.Web.Api;

/// <summary><c>GET /api/export</c>: the stored records as JSON Lines, one CSV row per article, or the co-mention graph as GEXF, streamed as the store reads them.</summary>
internal static class ExportEndpoints
{
    private static readonly Dictionary<string, (string ContentType, string Extension)> Formats = new(StringComparer.Ordinal)
    {
        ["jsonl"] = ("application/jsonl; charset=utf-8", "jsonl"),
        ["csv"] = ("text/csv; charset=utf-8", "csv"),
        ["gexf"] = ("application/gexf+xml; charset=utf-8", "gexf"),
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/export", Export).WithTags("read").WithSummary("Records (jsonl), articles (csv) or the entity co-mention graph (gexf), streamed.");

    private static async Task<IResult> Export(HttpContext context, StorePool stores, string? format, bool? includeDuplicates, int? minWeight, CancellationToken cancellation)
    {
        format ??= "jsonl";
        if (!Formats.TryGetValue(format, out var kind))
        {
            return Problems.BadParameter("format", "jsonl, csv or gexf");
        }
        var weight = minWeight ?? 1;
        if (weight is < 1 or > 1_000_000)
        {
            return Problems.BadParameter("minWeight", "between 1 and 1,000,000");
        }
        var lease = await stores.RentAsync(cancellation);
        return new StreamedExport(lease, kind.ContentType, $"rasd-export.{kind.Extension}", (store, output) =>
        {
            switch (format)
            {
                case "csv":
                    ArticleExport.WriteCsv(store, output, includeDuplicates == true);
                    break;
                case "gexf":
                    GexfExport.Write(store.CoMentions(weight), output);
                    output.WriteLine();
                    break;
                default:
                    ArticleExport.WriteJsonLines(store, output, includeDuplicates == true);
                    break;
            }
        });
    }

    /// <summary>
    /// Writes the export while the store reads it, in 64 KiB chunks: the exporters write to a
    /// TextWriter synchronously, so the response allows synchronous writes and the work runs off the request thread.
    /// </summary>
    private sealed class StreamedExport(StoreLease lease, string contentType, string fileName, Action<IArticleStore, TextWriter> write) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            using var borrowed = lease;
            context.Response.ContentType = contentType;
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            if (context.Features.Get<IHttpBodyControlFeature>() is { } body)
            {
                body.AllowSynchronousIO = true;
            }
            await Task.Run(() =>
            {
                using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
                write(borrowed.Store, writer);
                writer.Flush();
            }, context.RequestAborted);
        }
    }
}
