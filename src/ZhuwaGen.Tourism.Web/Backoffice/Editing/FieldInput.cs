using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>The HTML input a property editor gets on the edit screen.</summary>
public enum FieldInput
{
    Text,
    TextArea,
    Markdown,
    Email,
    Integer,
    Decimal,
    Toggle,
    Date,
    DateTime,
    Tags,
    Select,
    CheckBoxes,
    Radios,
    Lines,

    /// <summary>Shown as a readable summary and not posted: pickers and block lists get their own editors later.</summary>
    ReadOnly,
}

public static class FieldInputs
{
    public static FieldInput For(string editorAlias) => editorAlias switch
    {
        PropertyEditorAliases.TextBox => FieldInput.Text,
        PropertyEditorAliases.TextArea => FieldInput.TextArea,
        PropertyEditorAliases.MarkdownEditor => FieldInput.Markdown,
        PropertyEditorAliases.EmailAddress => FieldInput.Email,
        PropertyEditorAliases.Integer => FieldInput.Integer,
        PropertyEditorAliases.Decimal => FieldInput.Decimal,
        PropertyEditorAliases.TrueFalse => FieldInput.Toggle,
        PropertyEditorAliases.DateOnly => FieldInput.Date,
        PropertyEditorAliases.DateTime => FieldInput.DateTime,
        PropertyEditorAliases.Tags => FieldInput.Tags,
        PropertyEditorAliases.DropDownFlexible => FieldInput.Select,
        PropertyEditorAliases.CheckBoxList => FieldInput.CheckBoxes,
        PropertyEditorAliases.RadioButtonList => FieldInput.Radios,
        PropertyEditorAliases.MultipleTextstring => FieldInput.Lines,
        _ => FieldInput.ReadOnly,
    };
}
