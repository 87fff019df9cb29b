namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// The site's public address, Umbraco's <c>Umbraco:CMS:WebRouting:UmbracoApplicationUrl</c>: where links in mails
/// (password reset, review outcomes) and shared preview links point. Never taken from a request for a mail: a forged
/// Host header would send someone a link to another site.
/// </summary>
public sealed class WebRoutingOptions
{
    public const string SectionName = "Umbraco:CMS:WebRouting";

    public string? UmbracoApplicationUrl { get; set; }

    /// <summary>The address without a trailing slash, or null when none is configured.</summary>
    public string? PublicAddress => UmbracoApplicationUrl is { Length: > 0 } address ? address.TrimEnd('/') : null;
}
