using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

public sealed record FormSummary(Guid Id, string Name, bool IsBookingForm);

public sealed record EntryPage(long Total, IReadOnlyList<EntryView> Items);

/// <summary>
/// Forms in the Management API (this project's JSON, Umbraco's paths style). Readers (admin, editor, writer): list
/// forms, get one, page a form's entries, export them as CSV. Admin and editor: create, replace and delete forms,
/// approve and reject entries. Bookings are decided through the booking inbox, not here.
/// </summary>
public static class FormsManagementApi
{
    public static IEndpointRouteBuilder MapFormsManagementApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(ManagementApiRoutes.Base + "/forms").RequireAuthorization(AuthorizationPolicies.ContentRead)
            .AddEndpointFilter<XsrfProtection.Filter>();
        api.MapGet("/", (FormRegistry forms) =>
            TypedResults.Ok(forms.Current.Forms.Select(f => new FormSummary(f.Id, f.Name, f.IsBookingForm)).ToList()));
        GetForm.Map(api);
        CreateForm.Map(api);
        UpdateForm.Map(api);
        DeleteForm.Map(api);
        api.MapGet("/{id:guid}/entries", ListAsync);
        api.MapGet("/{id:guid}/entries/export", ExportAsync);
        DecideEntry.Map(api);
        return routes;
    }

    private static async Task<Results<Ok<EntryPage>, ProblemHttpResult>> ListAsync(
        Guid id, string? state, int? skip, int? take, FormRegistry forms, EntryQueries entries, CancellationToken cancellationToken)
    {
        if (forms.Find(id) is null)
        {
            return FormsProblems.FormNotFound();
        }

        EntryState? wanted = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<EntryState>(state, ignoreCase: true, out var parsed))
            {
                return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid state", "state is one of Submitted, Approved, Rejected.");
            }

            wanted = parsed;
        }

        if (skip < 0 || take is < 0 or > 1000)
        {
            return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid paging", "skip ≥ 0 and 0 ≤ take ≤ 1000.");
        }

        var (total, items) = await entries.ListAsync(id, wanted, skip ?? 0, take ?? 100, cancellationToken);
        return TypedResults.Ok(new EntryPage(total, items));
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpContext context, FormRegistry forms, EntryQueries entries, CancellationToken cancellationToken)
    {
        if (forms.Find(id) is not { } form)
        {
            return FormsProblems.FormNotFound();
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = string.Create(CultureInfo.InvariantCulture, $"attachment; filename=\"entries-{id:N}.csv\"");
        await EntryCsv.WriteAsync(context.Response.Body, form, entries.AllAsync(id, cancellationToken), cancellationToken);
        return Results.Empty;
    }
}
