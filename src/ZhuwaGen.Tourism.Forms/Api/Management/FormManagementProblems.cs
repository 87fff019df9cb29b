using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>The one switch from the forms' operation statuses to RFC 9457 problem details, in the Management API's wording.</summary>
internal static class FormManagementProblems
{
    public const string InvalidTitle = "Invalid form definition";

    public static ProblemHttpResult For(FormOperationResult result) => result.Status switch
    {
        FormOperationStatus.NotFound => FormsProblems.FormNotFound(),
        FormOperationStatus.Invalid => Invalid(ByPath(result.Errors ?? [])),
        FormOperationStatus.DuplicateKey => Invalid(new() { ["id"] = ["A form with this id exists already."] }),
        FormOperationStatus.ConcurrencyConflict => FormsProblems.Problem(StatusCodes.Status409Conflict,
            "Concurrency conflict", "The form was changed by someone else; reload it and try again."),
        FormOperationStatus.InUse => InUse(result.Users!),
        _ => FormsProblems.Problem(StatusCodes.Status500InternalServerError, "Unknown form operation status", result.Status.ToString()),
    };

    public static ProblemHttpResult For(EntryDecisionStatus status) => status switch
    {
        EntryDecisionStatus.FormNotFound => FormsProblems.FormNotFound(),
        EntryDecisionStatus.EntryNotFound => FormsProblems.Problem(StatusCodes.Status404NotFound, "Entry not found", "The form has no entry with this id."),
        EntryDecisionStatus.IsBooking => FormsProblems.Problem(StatusCodes.Status409Conflict, "Entry is a booking",
            "This entry carries a booking: the guesthouse or organiser confirms or declines it in the booking inbox, which also keeps or releases the held rooms or places."),
        EntryDecisionStatus.AlreadyDecided => FormsProblems.Problem(StatusCodes.Status409Conflict, "Entry already decided",
            "Only a submitted entry can be approved or rejected; this one was decided already."),
        _ => FormsProblems.Problem(StatusCodes.Status500InternalServerError, "Unknown entry operation status", status.ToString()),
    };

    /// <summary>A 400 whose <c>errors</c> are keyed by JSON path (<c>pages[0].fieldsets[0].columns[0].fields[1].alias</c>).</summary>
    public static ProblemHttpResult Invalid(Dictionary<string, List<string>> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = InvalidTitle,
            Detail = "One or more parts of the definition break the form rules.",
        });

    public static Dictionary<string, List<string>> ByPath(IEnumerable<FormRuleError> errors)
    {
        var byPath = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            FormModelMapping.Add(byPath, error.Path, error.Message);
        }

        return byPath;
    }

    private static ProblemHttpResult InUse(FormUsers users)
    {
        var parts = new List<string>();
        if (users.Entries > 0)
        {
            parts.Add($"{users.Entries} entr{(users.Entries == 1 ? "y" : "ies")} (bookings included)");
        }

        if (users.Documents.Count > 0)
        {
            parts.Add($"the forms picker of {users.Documents.Count} document(s), recycle bin included: {string.Join(", ", users.Documents.Select(d => d.ToString("D")))}");
        }

        return FormsProblems.Problem(StatusCodes.Status409Conflict, "Form in use",
            $"The form is still used by {string.Join(" and ", parts)}. Pick another form on those pages; a form with entries is kept for its records.");
    }
}
