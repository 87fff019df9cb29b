using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>
/// PUT /forms/{id}: replaces the whole definition. The edit must name the revision it started from (If-Match, or
/// <c>revision</c> in the body): without one 428, a stale one 409, so two editors never overwrite each other unseen.
/// </summary>
internal static class UpdateForm
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/{id:guid}", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok<FormModel>, ProblemHttpResult>> HandleAsync(
        Guid id, FormModel request, HttpContext context, FormDefinitionService forms, CancellationToken cancellationToken)
    {
        var fromHeader = FormEtag.FromIfMatch(context.Request);
        if (fromHeader is { } a && request.Revision is { } b && a != b)
        {
            return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Two revisions", "If-Match and the body's revision name different revisions.");
        }

        if ((fromHeader ?? request.Revision) is not { } revision)
        {
            return FormsProblems.Problem(StatusCodes.Status428PreconditionRequired, "Revision required",
                "Send the revision the edit started from, in If-Match (the ETag of GET) or as revision in the body.");
        }

        var (form, errors) = FormModelMapping.FromModel(request, id);
        if (errors.Count > 0)
        {
            return FormManagementProblems.Invalid(CreateForm.Merge(errors, FormRules.Check(form)));
        }

        var result = await forms.UpdateAsync(id, form, revision, CurrentUser.NameOf(context.User), cancellationToken);
        if (!result.Succeeded || result.Stored is not { } stored)
        {
            return FormManagementProblems.For(result);
        }

        FormEtag.Set(context, stored.Revision);
        return TypedResults.Ok(FormModelMapping.ToModel(stored));
    }
}
