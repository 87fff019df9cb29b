namespace ZhuwaGen.Tourism.Cms.Languages;

/// <summary>A content language (Umbraco's ILanguage): ISO code, default and mandatory flags, fallback.</summary>
public sealed record Language(
    Guid Key,
    string IsoCode,
    string CultureName,
    bool IsDefault,
    bool IsMandatory,
    string? FallbackIsoCode);
