using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// The 400 answers of the query endpoint, worded as Umbraco's ProblemDetailsBuilder words them (type "Error", which
/// is the builder's default). Paging, filter values and sort directions are ours (Umbraco has no status for them);
/// their detail names the value that was refused.
/// </summary>
public static class ContentQueryProblems
{
    public const string Type = "Error";

    public static IResult ToProblem(ContentQueryStatus status, string? detail = null)
    {
        if (status == ContentQueryStatus.SearchIndexNotReady)
        {
            return new RetryLater(TypedResults.Problem(new ProblemDetails
            {
                Title = "Search is starting",
                Detail = "The search index is being built after a restart; try again in a moment.",
                Status = StatusCodes.Status503ServiceUnavailable,
            }));
        }

        var (title, fallback) = status switch
        {
            ContentQueryStatus.FilterOptionNotFound => ("Filter option not found", "One of the attempted 'filter' options does not exist"),
            ContentQueryStatus.SelectorOptionNotFound => ("Selector option not found", "The attempted 'fetch' option does not exist"),
            ContentQueryStatus.SortOptionNotFound => ("Sort option not found", "One of the attempted 'sort' options does not exist"),
            ContentQueryStatus.InvalidPaging => ("Invalid paging", "The 'skip' and 'take' parameters must be non-negative integers"),
            ContentQueryStatus.InvalidFilterValue => ("Invalid filter value", "One of the 'filter' values cannot be read"),
            ContentQueryStatus.InvalidSortDirection => ("Invalid sort direction", "A 'sort' direction must be asc or desc"),
            _ => ("Unknown content query status", $"Content query status \"{status}\" was not expected here"),
        };

        return TypedResults.Problem(new ProblemDetails
        {
            Type = Type,
            Title = title,
            Detail = detail ?? fallback,
            Status = StatusCodes.Status400BadRequest,
        });
    }

    /// <summary>A 503 that says when to come back.</summary>
    private sealed class RetryLater(IResult problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "2";
            return problem.ExecuteAsync(httpContext);
        }
    }
}
