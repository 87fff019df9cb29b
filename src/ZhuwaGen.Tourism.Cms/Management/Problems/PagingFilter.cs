using Microsoft.AspNetCore.Http;
using ZhuwaGen.Tourism.Cms.Delivery.Request;

namespace ZhuwaGen.Tourism.Cms.Management.Problems;

/// <summary>
/// The Management API's lists page with <c>skip</c> and <c>take</c>: a negative value is refused with a problem naming
/// it rather than read as 0. (A value that is not a number at all never reaches here: binding answers 400 first.)
/// </summary>
internal sealed class PagingFilter : IEndpointFilter
{
    private static readonly string[] Names = ["skip", "take"];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        foreach (var name in Names)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 0 && !DeliveryPaging.TryParse(values[0], 0, out _))
            {
                return ValueTask.FromResult<object?>(
                    ManagementProblems.InvalidRequest(name, $"'{name}' must be a non-negative integer; '{values[0]}' is not."));
            }
        }

        return next(context);
    }
}
