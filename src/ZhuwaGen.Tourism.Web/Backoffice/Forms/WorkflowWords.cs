using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>A workflow said in words, read-only: when it runs, what it does, and to whom or where.</summary>
public sealed record WorkflowLine(string Name, string Stage, string Kind, string? Target);

/// <summary>
/// Workflows stay edited in umbraco.config and through the Management API; the forms screen says what each does. A
/// robot's or a URL's address is shown by its host only: the rest of a robot's address is its secret key.
/// </summary>
public static class WorkflowWords
{
    public static IReadOnlyList<WorkflowLine> Of(FormDefinition form, FormsText text, string culture, string defaultCulture) =>
        form.Workflows
            .OrderBy(w => w.Stage)
            .Select(w => new WorkflowLine(w.Name, text.StageName(w.Stage), text.KindName(w.Kind), Target(w, form, text, culture, defaultCulture)))
            .ToList();

    private static string? Target(WorkflowDefinition workflow, FormDefinition form, FormsText text, string culture, string defaultCulture) => workflow.Kind switch
    {
        WorkflowKind.SendEmail => text.Format("SendsTo", Recipients(workflow.Setting("to"), form, text, culture, defaultCulture)),
        WorkflowKind.ReserveInventory => text["ReservesOnPage"],
        _ => Uri.TryCreate(workflow.Setting("url"), UriKind.Absolute, out var url) ? text.Format("SendsToHost", url.Host) : text["NoAddress"],
    };

    private static string Recipients(string to, FormDefinition form, FormsText text, string culture, string defaultCulture)
    {
        var parts = to.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => part switch
        {
            "[#guesthouseManagers]" => text["ToManagers"],
            ['[', '#', .. var alias, ']'] => text.Format("ToField", form.FieldByAlias(alias)?.Caption.Get(culture, defaultCulture) is { Length: > 0 } caption ? caption : alias),
            ['[', '$', .. var property, ']'] => text.Format("ToPageProperty", property),
            _ => part,
        }).ToList();
        return parts.Count == 0 ? text["NoAddress"] : string.Join(text["ListSeparator"], parts);
    }
}
