using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>What the query grammar may do with a field of each <see cref="FieldKind"/> (the kind is the editor's).</summary>
internal static class FieldKinds
{
    /// <summary>The query kind of a property by its editor, or null when properties of that editor cannot be queried.</summary>
    public static FieldKind? Of(string editorAlias) => PropertyEditorRegistry.Default.Find(editorAlias).QueryKind;

    /// <summary>Dates and numbers have an order; the others are only equal or not (tags and choices: contain or not).</summary>
    public static bool Supports(this FieldKind kind, FilterOperator op) =>
        op is FilterOperator.Is or FilterOperator.IsNot || kind is FieldKind.Date or FieldKind.Number;

    /// <summary>A tag list has no single value to sort by; a drop-down sorts by its (first) chosen value.</summary>
    public static bool IsSortable(this FieldKind kind) => kind != FieldKind.Tags;
}
