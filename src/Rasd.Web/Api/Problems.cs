namespace Rasd.Web.Api;

/// <summary>RFC 7807 problem details for the errors a client can correct; nothing internal is ever shown.</summary>
internal static class Problems
{
    public static IResult BadParameter(string parameter, string detail) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "invalid parameter",
        detail: $"{parameter}: {detail}",
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "not found", detail: detail);

    public static IResult Status(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
