namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

public sealed class DataTypeEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public required string Alias { get; set; }

    public required string Name { get; set; }

    public required string EditorAlias { get; set; }

    public string? EditorUiAlias { get; set; }

    public string? Folder { get; set; }

    /// <summary>The data type's configuration as JSON text.</summary>
    public required string Config { get; set; }
}
