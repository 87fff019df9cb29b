using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>RFC 9457 problem details for every Forms API error; 422 in Umbraco Forms' shape (errors by alias).</summary>
internal static class FormsProblems
{
    public const string ValidationTitle = "One or more validation errors occurred.";

    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult FormNotFound() => Problem(StatusCodes.Status404NotFound, "Form not found", "No form has this id.");

    public static ProblemHttpResult Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = ValidationTitle,
            Type = "https://tools.ietf.org/html/rfc4918#section-11.2",
        };
        problem.Extensions["extensions"] = new Dictionary<string, object?>();
        return TypedResults.Problem(problem);
    }
}
