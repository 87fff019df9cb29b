namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>
/// A content type row. The definition (properties, groups, structure, compositions) is one JSON document:
/// it is always read and written whole, and the schema importer owns every change to it.
/// </summary>
public sealed class ContentTypeEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public required string Alias { get; set; }

    public required string Definition { get; set; }
}
