using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>One form on the phone, in one content language: its texts, its fields as cards, its workflows in words.</summary>
public sealed class FormScreenPage : ShellPage
{
    public FormsText Strings => new(Text);

    public required FormDefinition Form { get; init; }

    /// <summary>The revision this screen shows: every change posted from it names it.</summary>
    public required int Revision { get; init; }

    public required string Culture { get; init; }

    public required IReadOnlyList<CultureTab> Cultures { get; init; }

    public bool CanEdit { get; init; }

    /// <summary>The texts as typed (after a refused save) or as stored.</summary>
    public required string Name { get; init; }

    public required string SubmitLabel { get; init; }

    public required string MessageOnSubmit { get; init; }

    public bool SubmitLabelMissing { get; init; }

    public bool MessageMissing { get; init; }

    public required IReadOnlyList<FieldCard> Fields { get; init; }

    public required IReadOnlyList<WorkflowLine> Workflows { get; init; }

    public required EntryCounts Entries { get; init; }

    public required IReadOnlyList<ContentCard> Pages { get; init; }

    public string? Notice { get; init; }

    /// <summary>Why the last change was not made (a newer revision, a rule, a form still in use).</summary>
    public string? Problem { get; init; }

    /// <summary>A newer revision refused the change: the screen offers the latest version.</summary>
    public bool Conflict { get; init; }

    public IReadOnlyList<string> NameErrors { get; init; } = [];

    /// <summary>Problems that belong to no field card on this screen.</summary>
    public IReadOnlyList<string> OtherErrors { get; init; } = [];

    /// <summary>Entries or documents keep the form from being deleted: they are named.</summary>
    public IReadOnlyList<ContentCard> DeleteBlockedBy { get; init; } = [];

    public int DeleteBlockedByEntries { get; init; }
}

/// <summary>A field as a card: caption in the screen's language, type, required, alias, condition, what may be done.</summary>
public sealed record FieldCard(
    Guid Id,
    string Caption,
    bool Missing,
    string Alias,
    string TypeName,
    bool Required,
    string? Condition,
    bool Protected,
    bool First,
    bool Last,
    IReadOnlyList<string> Errors);
