namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>A folder, image or file of the media library (a tree like content).</summary>
public sealed class MediaEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public int? ParentId { get; set; }

    public required string Name { get; set; }

    /// <summary>"Folder", "Image" or "File", as Umbraco's media type aliases.</summary>
    public required string MediaTypeAlias { get; set; }

    public int SortOrder { get; set; }

    public int Level { get; set; }

    public required string Path { get; set; }

    public bool Trashed { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Where the file is stored, relative to the media root; null for folders.</summary>
    public string? FilePath { get; set; }

    public string? Extension { get; set; }

    public string? ContentType { get; set; }

    public long? Bytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public decimal? FocalPointLeft { get; set; }

    public decimal? FocalPointTop { get; set; }

    /// <summary>JSON: per-culture alt text and other properties, e.g. {"altText":{"zh-Hans":"…","en":"…"}}.</summary>
    public required string Properties { get; set; }

    /// <summary>JSON array of crop coordinates set by an editor per named crop alias.</summary>
    public required string Crops { get; set; }
}
