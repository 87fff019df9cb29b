namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>How a custom property is compared in queries, decided by its editor (<see cref="IPropertyEditor.QueryKind"/>).</summary>
public enum FieldKind
{
    Date,
    Number,
    Boolean,
    Text,
    Tags,
    Choice,
}
