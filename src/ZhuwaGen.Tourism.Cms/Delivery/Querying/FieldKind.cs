using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>How a custom property is compared, decided by its editor. Properties of other editors cannot be queried.</summary>
internal enum FieldKind
{
    Date,
    Number,
    Boolean,
    Text,
    Tags,
    Choice,
}

internal static class FieldKinds
{
    public static FieldKind? Of(string editorAlias) => editorAlias switch
    {
        PropertyEditorAliases.DateTime or PropertyEditorAliases.DateOnly => FieldKind.Date,
        PropertyEditorAliases.Integer or PropertyEditorAliases.Decimal => FieldKind.Number,
        PropertyEditorAliases.TrueFalse => FieldKind.Boolean,
        PropertyEditorAliases.TextBox => FieldKind.Text,
        PropertyEditorAliases.Tags => FieldKind.Tags,
        PropertyEditorAliases.DropDownFlexible => FieldKind.Choice,
        _ => null,
    };

    /// <summary>Dates and numbers have an order; the others are only equal or not (tags and choices: contain or not).</summary>
    public static bool Supports(this FieldKind kind, FilterOperator op) =>
        op is FilterOperator.Is or FilterOperator.IsNot || kind is FieldKind.Date or FieldKind.Number;

    /// <summary>A tag list has no single value to sort by; a drop-down sorts by its (first) chosen value.</summary>
    public static bool IsSortable(this FieldKind kind) => kind != FieldKind.Tags;
}
