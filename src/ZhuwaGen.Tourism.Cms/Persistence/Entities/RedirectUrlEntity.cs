namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>An old route of a published document, kept when it is renamed or moved (Umbraco's redirect URL tracking).</summary>
public sealed class RedirectUrlEntity
{
    public int Id { get; set; }

    public Guid DocumentKey { get; set; }

    public Guid RootKey { get; set; }

    public required string Culture { get; set; }

    /// <summary>The old route, normalized as the snapshot writes routes ("/old-segment/").</summary>
    public required string Route { get; set; }

    public DateTime CreateDate { get; set; }
}
