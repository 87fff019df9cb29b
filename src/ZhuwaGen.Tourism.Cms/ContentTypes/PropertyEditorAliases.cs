namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>The property editor aliases this CMS understands, as Umbraco names them (v14–17).</summary>
public static class PropertyEditorAliases
{
    public const string TextBox = "Umbraco.TextBox";
    public const string TextArea = "Umbraco.TextArea";
    public const string RichText = "Umbraco.RichText";
    public const string MarkdownEditor = "Umbraco.MarkdownEditor";
    public const string DateTime = "Umbraco.DateTime";
    public const string DateOnly = "Umbraco.DateOnly";
    public const string Integer = "Umbraco.Integer";
    public const string Decimal = "Umbraco.Decimal";
    public const string TrueFalse = "Umbraco.TrueFalse";
    public const string ContentPicker = "Umbraco.ContentPicker";
    public const string MultiNodeTreePicker = "Umbraco.MultiNodeTreePicker";
    public const string MediaPicker3 = "Umbraco.MediaPicker3";
    public const string MultiUrlPicker = "Umbraco.MultiUrlPicker";
    public const string BlockList = "Umbraco.BlockList";
    public const string Tags = "Umbraco.Tags";
    public const string DropDownFlexible = "Umbraco.DropDown.Flexible";
    public const string CheckBoxList = "Umbraco.CheckBoxList";
    public const string RadioButtonList = "Umbraco.RadioButtonList";
    public const string EmailAddress = "Umbraco.EmailAddress";
    public const string MultipleTextstring = "Umbraco.MultipleTextstring";
    public const string Label = "Umbraco.Label";

    /// <summary>Umbraco Forms' forms picker (Forms 14+); Forms 8–13 called it UmbracoForms.FormPicker.</summary>
    public const string FormPicker = "Umbraco.Forms.FormPicker";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TextBox, TextArea, RichText, MarkdownEditor, DateTime, DateOnly, Integer, Decimal, TrueFalse,
        ContentPicker, MultiNodeTreePicker, MediaPicker3, MultiUrlPicker, BlockList, Tags, DropDownFlexible,
        CheckBoxList, RadioButtonList, EmailAddress, MultipleTextstring, Label, FormPicker,
    };

    /// <summary>Older aliases accepted on import and mapped to their current names.</summary>
    public static IReadOnlyDictionary<string, string> Legacy { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Umbraco.Textbox"] = TextBox,
        ["Umbraco.TextboxMultiple"] = TextArea,
        ["Umbraco.TinyMCE"] = RichText,
        ["Umbraco.Date"] = DateTime,
        ["Umbraco.ContentPicker2"] = ContentPicker,
        ["Umbraco.MediaPicker2"] = MediaPicker3,
        ["Umbraco.MultiNodeTreePicker2"] = MultiNodeTreePicker,
        ["UmbracoForms.FormPicker"] = FormPicker,
    };
}
