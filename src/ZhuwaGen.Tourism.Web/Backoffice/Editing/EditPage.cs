using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>The edit screen of one item (or of a new one) in one culture.</summary>
public sealed class EditPage : ShellPage
{
    /// <summary>Null for a new item.</summary>
    public Guid? Key { get; init; }

    public required string FormAction { get; init; }

    public required string TypeName { get; init; }

    public required string Culture { get; init; }

    public required bool VariesByCulture { get; init; }

    public required IReadOnlyList<CultureTab> Cultures { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> NameErrors { get; init; } = [];

    public required IReadOnlyList<FieldGroup> Groups { get; init; }

    public int Revision { get; init; }

    public bool CanPublish { get; init; }

    /// <summary>The item has children, so the sheet offers to publish it with everything under it.</summary>
    public bool HasChildren { get; init; }

    /// <summary>For an item with latitude and longitude: the route's map with this item's point marked.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent? CoordinatesMap { get; init; }

    public CultureState State { get; init; }

    /// <summary>A success line ("saved at 14:05") after a save or publish.</summary>
    public string? Notice { get; init; }

    /// <summary>What stopped the last action, when it is not one field's fault (a newer version, a parent not published).</summary>
    public string? Problem { get; init; }

    /// <summary>This culture's scheduled publish and unpublish, as the phone's date-time picker shows them (Asia/Shanghai).</summary>
    public string SchedulePublish { get; init; } = string.Empty;

    public string ScheduleUnpublish { get; init; } = string.Empty;

    /// <summary>Errors of other cultures or of no field on this screen.</summary>
    public IReadOnlyList<string> OtherErrors { get; init; } = [];

    /// <summary>
    /// The form shows an edit that is not saved yet (after moving a block, removing a pick or a preview): the phone
    /// keeps it as typed, and the save bar still has to be tapped.
    /// </summary>
    public bool Unsaved { get; init; }

    /// <summary>This culture's review request and the item's shared preview links.</summary>
    public Review.ItemReview Review { get; init; } = Backoffice.Review.ItemReview.None;

    /// <summary>After a save refused for a newer version: the fields that differ, both versions of each.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];
}

/// <summary>A language switch entry: missing when the item has no name in it yet.</summary>
public sealed record CultureTab(string Culture, string Label, bool Missing, bool Current, string Url);

public sealed record FieldGroup(string Caption, IReadOnlyList<EditField> Fields);

/// <summary>One property as a form field in the current culture.</summary>
public sealed record EditField(
    string Alias,
    string Label,
    string? Help,
    FieldInput Input,
    bool Varies,
    bool Mandatory,
    string Value,
    IReadOnlyList<string> Chosen,
    IReadOnlyList<string> Options,
    bool Multiple,
    int? MaxChars,
    IReadOnlyList<string> Errors,
    bool MissingHere,
    int ItemCount)
{
    /// <summary>The posted field's name; the alias alone would collide with the form's own fields.</summary>
    public string FormName { get; init; } = "v." + Alias;

    /// <summary>What the field's element ids end with: the alias, or a path for a field inside a block.</summary>
    public string IdKey { get; init; } = Alias;

    public string Id => "f-" + IdKey;

    /// <summary>The picks, links or blocks of a structured editor, for its partial view.</summary>
    public object? Structured { get; init; }

    /// <summary>The Markdown rendered by the site's renderer, when the editor asked for a preview.</summary>
    public string? PreviewHtml { get; init; }

    /// <summary>A repeat rule as the recurrence inputs show it.</summary>
    public Recurrence.RecurrenceChoice? Recurrence { get; init; }

    /// <summary>What the repeat rule gives for this event (not inside blocks, which have no dates of their own).</summary>
    public Recurrence.RecurrenceView? RecurrenceSummary { get; init; }

    /// <summary>Options with their own labels (the forms of a forms picker).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LabelledOptions { get; init; } = [];
}
