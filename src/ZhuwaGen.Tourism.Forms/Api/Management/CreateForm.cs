using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>POST /forms: a new form (its id from the body, else a new one); 201 with its location and revision 1.</summary>
internal static class CreateForm
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Created<FormModel>, ProblemHttpResult>> HandleAsync(
        FormModel request, HttpContext context, FormDefinitionService forms, CancellationToken cancellationToken)
    {
        var (form, errors) = FormModelMapping.FromModel(request, Guid.NewGuid());
        if (errors.Count > 0)
        {
            return FormManagementProblems.Invalid(Merge(errors, FormRules.Check(form)));
        }

        var result = await forms.CreateAsync(form, CurrentUser.NameOf(context.User), cancellationToken);
        if (!result.Succeeded || result.Stored is not { } stored)
        {
            return FormManagementProblems.For(result);
        }

        FormEtag.Set(context, stored.Revision);
        context.Response.Headers["Umb-Generated-Resource"] = stored.Form.Id.ToString();
        return TypedResults.Created($"{ManagementApiRoutes.Base}/forms/{stored.Form.Id:D}", FormModelMapping.ToModel(stored));
    }

    /// <summary>Shape problems and rule problems answered together, so one round trip shows them all.</summary>
    public static Dictionary<string, List<string>> Merge(Dictionary<string, List<string>> errors, IEnumerable<FormRuleError> rules)
    {
        foreach (var rule in rules)
        {
            FormModelMapping.Add(errors, rule.Path, rule.Message);
        }

        return errors;
    }
}
