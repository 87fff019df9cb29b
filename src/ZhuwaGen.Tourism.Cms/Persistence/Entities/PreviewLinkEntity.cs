namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>
/// A shareable, read-only preview of one document's draft in one culture. The link itself is a signed token naming
/// this row; the row is what lets an editor revoke it before it expires.
/// </summary>
public sealed class PreviewLinkEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public Guid DocumentKey { get; set; }

    public required string Culture { get; set; }

    public required string CreatedByName { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
