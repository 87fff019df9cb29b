namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

public sealed class LanguageEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public required string IsoCode { get; set; }

    public required string CultureName { get; set; }

    public bool IsDefault { get; set; }

    public bool IsMandatory { get; set; }

    public string? FallbackIsoCode { get; set; }
}
