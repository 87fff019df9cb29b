namespace ZhuwaGen.Tourism.Cms.Delivery;

/// <summary>
/// Umbraco's Delivery API settings ("Umbraco:CMS:DeliveryApi"). Unlike Umbraco, the API and its media endpoints are
/// on by default here: the site's own clients (mini-program, app) are the reason the CMS exists.
/// </summary>
public sealed class DeliveryApiOptions
{
    public const string SectionName = "Umbraco:CMS:DeliveryApi";

    public bool Enabled { get; set; } = true;

    public bool PublicAccess { get; set; } = true;

    /// <summary>Needed for every request when <see cref="PublicAccess"/> is false, and always for preview.</summary>
    public string? ApiKey { get; set; }

    public List<string> DisallowedContentTypeAliases { get; set; } = [];

    public bool RichTextOutputAsJson { get; set; }

    public bool AlwaysExpandMediaProperties { get; set; }

    public DeliveryApiMediaOptions Media { get; set; } = new();

    public DeliveryApiOutputCacheOptions OutputCache { get; set; } = new();
}

public sealed class DeliveryApiMediaOptions
{
    public bool Enabled { get; set; } = true;

    public bool PublicAccess { get; set; } = true;
}

public sealed class DeliveryApiOutputCacheOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan ContentDuration { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MediaDuration { get; set; } = TimeSpan.FromMinutes(1);
}
