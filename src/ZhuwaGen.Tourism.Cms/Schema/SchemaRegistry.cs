using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Holds the schema in force; replaced whole after an import.</summary>
public sealed class SchemaRegistry
{
    private ContentSchema _current = ContentSchema.Empty;

    public ContentSchema Current => Volatile.Read(ref _current);

    public void Replace(ContentSchema schema) => Volatile.Write(ref _current, schema);
}
