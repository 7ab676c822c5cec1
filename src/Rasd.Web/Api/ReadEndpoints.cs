using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Rasd.Store.Abstractions;
using Rasd.Store.Search;
using Rasd.Web.Hosting;

namespace Rasd.Web.Api;

/// <summary>The read side of the API: articles, search, entities, quotes, amounts and a pair's timeline. Every parameter is bounded before the store is asked.</summary>
internal static partial class ReadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("read");
        api.MapGet("/articles", ListArticles).WithSummary("Original articles, newest first, or those a query (words and filters of the query language) matches.");
        api.MapGet("/articles/{id}", GetArticle).WithSummary("One article: its record (text included) and its near-duplicates.")
            .Produces<ArticleResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/search", Search).WithSummary("Ranked hits with highlighted snippets and facets (source, country, person, month).");
        api.MapGet("/entities", ListEntities).WithSummary("Entities as counted (merged spellings count once), the most mentioned first.");
        api.MapGet("/entities/{id}", GetEntity).WithSummary("One entity: spellings, roles, quotes, co-mentioned entities and mentions per month.");
        api.MapGet("/quotes", ListQuotes).WithSummary("Quotes, newest first, by a speaker and/or mentioning an entity.");
        api.MapGet("/amounts", ListAmounts).WithSummary("Amounts, newest first, in a unit and/or about an entity.");
        api.MapGet("/timeline", Timeline).WithSummary("Per period, the articles relating a pair of countries, their mean tone and topics.");
    }

    private static async Task<IResult> ListArticles(StorePool stores, WebSearch search, string? q, int? limit, int? offset, CancellationToken cancellation)
    {
        if ((QueryBounds.Page(limit, offset, out var pageSize, out var skip) ?? QueryBounds.Text("q", q)) is { } problem)
        {
            return problem;
        }
        if (!TryPlan(search, q, out var plan, out var planProblem))
        {
            return planProblem;
        }
        var page = await stores.UseAsync(store => store.Search(plan, pageSize, skip), cancellation);
        return Results.Ok(new PageResponse<ArticleSummary>(page.Total, pageSize, skip, page.Articles.Select(a => new ArticleSummary(a.Id, a.Title, a.Published, a.File)).ToList()));
    }

    private static async Task<IResult> GetArticle(StorePool stores, string id, CancellationToken cancellation)
    {
        if (!QueryBounds.IsArticleId(id))
        {
            return Problems.BadParameter("id", "an article id is 64 lowercase hexadecimal digits");
        }
        var article = await stores.UseAsync(store => store.Article(id), cancellation, StoreLane.Lookups);
        return article is null ? Problems.NotFound($"no article {id}") : Results.Bytes(ArticleResponse.Write(article), "application/json; charset=utf-8");
    }

    private static async Task<IResult> Search(StorePool stores, WebSearch search, string? q, int? limit, int? offset, bool? facets, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadParameter("q", "a query is required");
        }
        if ((QueryBounds.Page(limit, offset, out var pageSize, out var skip) ?? QueryBounds.Text("q", q)) is { } problem)
        {
            return problem;
        }
        if (!TryPlan(search, q, out var plan, out var planProblem))
        {
            return planProblem;
        }
        var results = await stores.UseAsync(store => search.Search(store, plan, pageSize, skip, facets == false ? 0 : SearchOptionsFacetValues), cancellation);
        var hits = results.Hits.Select(h => new SearchHitResponse(h.Id, h.Score, h.Title, h.Published, h.File, h.Snippet.Text, h.Snippet.Highlights)).ToList();
        return Results.Ok(new SearchResponse(q, results.Total, pageSize, skip, hits, results.Facets));
    }

    private static async Task<IResult> ListEntities(StorePool stores, string? type, int? limit, CancellationToken cancellation)
    {
        if (type is not null && !QueryBounds.EntityTypes.Contains(type, StringComparer.Ordinal))
        {
            return Problems.BadParameter("type", $"one of {string.Join(", ", QueryBounds.EntityTypes)}");
        }
        if (QueryBounds.Limit(limit, QueryBounds.DefaultPageSize, out var top) is { } problem)
        {
            return problem;
        }
        return Results.Ok(await stores.UseAsync(store => store.Entities(type, top), cancellation));
    }

    private static async Task<IResult> GetEntity(StorePool stores, string id, int? limit, CancellationToken cancellation)
    {
        if (!QueryBounds.IsEntityId(id))
        {
            return Problems.BadParameter("id", "not an entity id (as in person:sadyr-japarov or country:KZ)");
        }
        if (QueryBounds.Limit(limit, QueryBounds.DefaultPageSize, out var listLimit) is { } problem)
        {
            return problem;
        }
        var profile = await stores.UseAsync(store => store.Entity(id, listLimit), cancellation);
        return profile is null ? Problems.NotFound($"no entity {id}") : Results.Ok(profile);
    }

    private static async Task<IResult> ListQuotes(StorePool stores, string? speaker, string? about, int? limit, CancellationToken cancellation)
    {
        if ((QueryBounds.EntityId("speaker", speaker) ?? QueryBounds.EntityId("about", about) ?? QueryBounds.Limit(limit, QueryBounds.DefaultPageSize, out _)) is { } problem)
        {
            return problem;
        }
        var count = limit ?? QueryBounds.DefaultPageSize;
        return Results.Ok(await stores.UseAsync(store => store.Quotes(speaker, about, count), cancellation));
    }

    private static async Task<IResult> ListAmounts(StorePool stores, string? unit, string? about, int? limit, CancellationToken cancellation)
    {
        if (unit is not null && !UnitPattern().IsMatch(unit))
        {
            return Problems.BadParameter("unit", "a unit code of letters, digits and underscores (as in USD or percent)");
        }
        if ((QueryBounds.EntityId("about", about) ?? QueryBounds.Limit(limit, QueryBounds.DefaultPageSize, out _)) is { } problem)
        {
            return problem;
        }
        var count = limit ?? QueryBounds.DefaultPageSize;
        return Results.Ok(await stores.UseAsync(store => store.Amounts(unit, about, count), cancellation));
    }

    private static async Task<IResult> Timeline(StorePool stores, string? pair, string? by, CancellationToken cancellation)
    {
        if (!CountryPair.TryParse(pair, out var countries))
        {
            return Problems.BadParameter("pair", "two different country codes, as in KZ-RU");
        }
        by ??= "month";
        if (!Enum.TryParse<TimelineGrain>(by, ignoreCase: true, out var grain) || !Enum.IsDefined(grain) || by.Any(char.IsDigit))
        {
            return Problems.BadParameter("by", "year, month or day");
        }
        var periods = await stores.UseAsync(store => store.Timeline(countries.EntityA, countries.EntityB, grain), cancellation);
        return Results.Ok(new TimelineResponse(countries.ToString(), grain.ToString().ToLowerInvariant(), periods));
    }

    /// <summary>Facet values reported per dimension, as the store's search options count them by default.</summary>
    private const int SearchOptionsFacetValues = 10;

    /// <summary>Plans a query, or no query (every article); a malformed query is the client's problem, with the parser's message.</summary>
    internal static bool TryPlan(WebSearch search, string? q, out SearchPlan plan, [NotNullWhen(false)] out IResult? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(q))
        {
            plan = WebSearch.Everything;
            return true;
        }
        try
        {
            plan = search.Plan(q);
            return true;
        }
        catch (QueryException e)
        {
            plan = WebSearch.Everything;
            problem = Problems.BadParameter("q", e.Message);
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,32}$")]
    private static partial Regex UnitPattern();
}
