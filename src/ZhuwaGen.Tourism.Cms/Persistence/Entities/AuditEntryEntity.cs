namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTime Timestamp { get; set; }

    public required string UserName { get; set; }

    public required string Action { get; set; }

    public Guid? DocumentKey { get; set; }

    public string? Cultures { get; set; }

    public string? Details { get; set; }
}
