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

    /// <summary>One document, chosen on the picker screen by title (Umbraco.ContentPicker).</summary>
    ContentPicker,

    /// <summary>Documents in order, chosen on the picker screen (Umbraco.MultiNodeTreePicker).</summary>
    NodePicker,

    /// <summary>Photos from the library with a focal point each (Umbraco.MediaPicker3).</summary>
    MediaPicker,

    /// <summary>Links to pages of the site or to web addresses (Umbraco.MultiUrlPicker).</summary>
    UrlPicker,

    /// <summary>Blocks of element types, each edited with these same inputs (Umbraco.BlockList).</summary>
    BlockList,

    /// <summary>One form of the form catalogue (Umbraco.Forms.FormPicker).</summary>
    FormPicker,

    /// <summary>An event's iCalendar RRULE, chosen as "every week on Saturday, until …" (a text box whose data type names
    /// <see cref="FieldInputs.RecurrenceUi"/>).</summary>
    Recurrence,

    /// <summary>Dates stored as "YYYY-MM-DD, YYYY-MM-DD", one date picker each (<see cref="FieldInputs.DateListUi"/>).</summary>
    DateList,

    /// <summary>Shown as a readable summary and not posted (a label, or a rich text editor).</summary>
    ReadOnly,
}

public static class FieldInputs
{
    /// <summary>
    /// Umbraco splits a data type's storage (EditorAlias) from its editing UI (EditorUIAlias). These UIs keep a text
    /// box's storage, so the Delivery and Management APIs see plain strings, and give the phone better inputs.
    /// </summary>
    public const string RecurrenceUi = "ZhuwaGen.PropertyEditorUi.Recurrence";

    public const string DateListUi = "ZhuwaGen.PropertyEditorUi.DateList";

    /// <summary>The input for a property: its data type's UI when the back-office has it, else its editor's.</summary>
    public static FieldInput For(ContentSchema schema, PropertyType property) =>
        (property.EditorAlias, schema.FindDataType(property.DataTypeKey)?.EditorUiAlias) switch
        {
            (PropertyEditorAliases.TextBox, RecurrenceUi) => FieldInput.Recurrence,
            (PropertyEditorAliases.TextBox, DateListUi) => FieldInput.DateList,
            var (editor, _) => For(editor),
        };

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
        PropertyEditorAliases.ContentPicker => FieldInput.ContentPicker,
        PropertyEditorAliases.MultiNodeTreePicker => FieldInput.NodePicker,
        PropertyEditorAliases.MediaPicker3 => FieldInput.MediaPicker,
        PropertyEditorAliases.MultiUrlPicker => FieldInput.UrlPicker,
        PropertyEditorAliases.BlockList => FieldInput.BlockList,
        PropertyEditorAliases.FormPicker => FieldInput.FormPicker,
        _ => FieldInput.ReadOnly,
    };

    /// <summary>Inputs whose value is structured JSON, posted as the value as it stood plus small inputs beside it.</summary>
    public static bool IsStructured(FieldInput input) =>
        input is FieldInput.ContentPicker or FieldInput.NodePicker or FieldInput.MediaPicker or FieldInput.UrlPicker or FieldInput.BlockList;
}
