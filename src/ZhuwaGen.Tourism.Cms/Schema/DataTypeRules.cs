using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Data types: unique aliases and an editor this CMS implements (one with a unit in <see cref="PropertyEditorRegistry"/>).</summary>
internal static class DataTypeRules
{
    public static void Check(ContentSchema schema, SchemaErrorSink sink)
    {
        SchemaValidator.ReportDuplicates(schema.DataTypes, d => d.Alias, d => SchemaErrorSink.DataTypeItem(d.Alias),
            "data type alias", sink);

        foreach (var dataType in schema.DataTypes.Where(d => !PropertyEditorRegistry.Default.IsKnown(d.EditorAlias)))
        {
            sink.Add(dataType, SchemaErrorSink.DataTypeItem(dataType.Alias),
                $"Unknown property editor alias '{dataType.EditorAlias}'.");
        }
    }
}
