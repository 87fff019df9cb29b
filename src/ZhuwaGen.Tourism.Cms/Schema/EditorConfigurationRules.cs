using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Each data type's configuration, checked by its editor's unit (a block list must name element types, …).</summary>
internal static class EditorConfigurationRules
{
    public static void Check(ContentSchema schema, SchemaErrorSink sink)
    {
        foreach (var dataType in schema.DataTypes.Where(d => PropertyEditorRegistry.Default.IsKnown(d.EditorAlias)))
        {
            PropertyEditorRegistry.Default.Find(dataType.EditorAlias).CheckDataType(schema, dataType, sink);
        }
    }
}
