using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Cms.Management.Problems;

/// <summary>RFC 9457 problem details for the Management API, with Umbraco's titles where it has them.</summary>
internal static class ManagementProblems
{
    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, $"The requested {what} could not be found");

    /// <summary>A 400 whose <c>errors</c> are keyed "alias" (invariant) or "alias[culture]", each with its messages.</summary>
    public static ProblemHttpResult Validation(string title, IReadOnlyList<PropertyValidationError>? errors, string? detail = null)
    {
        var keyed = (errors ?? [])
            .GroupBy(e => e.Culture is null ? e.Alias : $"{e.Alias}[{e.Culture}]", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.Problem(new HttpValidationProblemDetails(keyed)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = detail,
        });
    }

    /// <summary>A 400 listing the request fields that are wrong, keyed by field name.</summary>
    public static ProblemHttpResult InvalidRequest(string field, string message) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request",
        });
}
