using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Forms.Api;

public static class FormsDeliveryApi
{
    public const string Base = "/umbraco/forms/delivery/api/v1";

    /// <summary>The Forms headless API (contract §2) and the guest's cancel link. Needs UseRateLimiter.</summary>
    public static IEndpointRouteBuilder MapFormsDeliveryApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Base).AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<FormsApiOptions>>().Value.Options.EnableFormsApi
                ? await next(context)
                : FormsProblems.Problem(StatusCodes.Status404NotFound, "Not found", "The Forms API is not enabled (Umbraco:Forms:Options:EnableFormsApi)."));
        GetDefinition.Map(api);
        PostEntry.Map(api);
        api.Map("{**rest}", () => FormsProblems.Problem(StatusCodes.Status404NotFound, "Not found", "No Forms API operation has this path."));
        CancelBooking.Map(routes);
        return routes;
    }
}
