using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>One field of a form (or a new one) on the phone, its texts in one content language.</summary>
public sealed class FieldEditPage : ShellPage
{
    public FormsText Strings => new(Text);

    public required Guid FormId { get; init; }

    public required string FormName { get; init; }

    public required int Revision { get; init; }

    public required string Culture { get; init; }

    /// <summary>The language switch of a stored field; a new one is written in the language the form was opened in.</summary>
    public IReadOnlyList<CultureTab> Cultures { get; init; } = [];

    /// <summary>Null for a new field.</summary>
    public Guid? FieldId { get; init; }

    public required FieldType Type { get; init; }

    public required FieldInput Input { get; init; }

    public bool CaptionMissing { get; init; }

    public bool HelpMissing { get; init; }

    public bool PlaceholderMissing { get; init; }

    /// <summary>A booking field: its alias is shown, not edited, and it cannot be removed.</summary>
    public bool Protected { get; init; }

    public bool CanEdit { get; init; }

    /// <summary>The condition the simple editor cannot say, in words, when the field has one.</summary>
    public string? ComplexCondition { get; init; }

    /// <summary>The other fields a condition may read: their key and how the editor knows them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ConditionFields { get; init; } = [];

    /// <summary>For each other field with choices, its choices' values, to type as the condition's value.</summary>
    public IReadOnlyList<string> ChoiceValues { get; init; } = [];

    public string? Problem { get; init; }

    public bool Conflict { get; init; }

    /// <summary>Problems by input (caption, alias, pattern, min, max, choices, condition).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Problems of the form that belong to no input of this field.</summary>
    public IReadOnlyList<string> OtherErrors { get; init; } = [];

    public bool IsNew => FieldId is null;

    public string Action => FieldId is { } id ? FormsRoutes.Field(FormId, id) : FormsRoutes.NewField(FormId);

    public IReadOnlyList<string> ErrorsOf(string input) => Errors.GetValueOrDefault(input) ?? [];
}
