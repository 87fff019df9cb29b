using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// The 400 answers of the query endpoint, worded as Umbraco's ProblemDetailsBuilder words them (type "Error", which
/// is the builder's default). Negative paging is ours: Umbraco has no status for it.
/// </summary>
public static class ContentQueryProblems
{
    public const string Type = "Error";

    public static IResult ToProblem(ContentQueryStatus status)
    {
        var (title, detail) = status switch
        {
            ContentQueryStatus.FilterOptionNotFound => ("Filter option not found", "One of the attempted 'filter' options does not exist"),
            ContentQueryStatus.SelectorOptionNotFound => ("Selector option not found", "The attempted 'fetch' option does not exist"),
            ContentQueryStatus.SortOptionNotFound => ("Sort option not found", "One of the attempted 'sort' options does not exist"),
            ContentQueryStatus.InvalidPaging => ("Invalid paging", "The 'skip' and 'take' parameters must be non-negative integers"),
            _ => ("Unknown content query status", $"Content query status \"{status}\" was not expected here"),
        };

        return TypedResults.Problem(new ProblemDetails
        {
            Type = Type,
            Title = title,
            Detail = detail,
            Status = StatusCodes.Status400BadRequest,
        });
    }
}
