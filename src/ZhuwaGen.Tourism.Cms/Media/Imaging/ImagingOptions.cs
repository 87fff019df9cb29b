namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>Umbraco's imaging settings ("Umbraco:CMS:Imaging"): the key that signs image-processing URLs.</summary>
public sealed class ImagingOptions
{
    public const string SectionName = "Umbraco:CMS:Imaging";

    /// <summary>
    /// The HMAC-SHA256 key, base64 in configuration as in Umbraco. Empty: only the configured sizes are served and
    /// a URL carrying <c>hmac</c> is refused.
    /// </summary>
    public byte[] HMACSecretKey { get; set; } = [];
}
