using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// Signs image URLs with <c>Umbraco:CMS:Imaging:HMACSecretKey</c> as Umbraco does: HMAC-SHA256 over the lower-case
/// path and the canonical query (<see cref="ImageQuery.Canonical"/>), hex in the <c>hmac</c> parameter. A signed URL
/// may ask for any size up to <see cref="MediaOptions.MaxRequestDimension"/>.
/// </summary>
public sealed class ImageUrlSigner(IOptions<ImagingOptions> imaging, IOptions<MediaOptions> media)
{
    public bool Enabled => imaging.Value.HMACSecretKey.Length > 0;

    /// <summary>The URL with its <c>hmac</c> appended, or null when signing is off or the query is not a valid image query.</summary>
    public string? Sign(string url)
    {
        var split = url.IndexOf('?', StringComparison.Ordinal);
        var path = split < 0 ? url : url[..split];
        var raw = QueryHelpers.ParseQuery(split < 0 ? string.Empty : url[split..]);
        raw.Remove(ImageQuery.SignatureParameter);
        var (query, error) = ImageQuery.Parse(new QueryCollection(raw), media.Value);
        if (!Enabled || query is null || error is not null)
        {
            return null;
        }

        return $"{path}?{query.Canonical}&{ImageQuery.SignatureParameter}={Compute(path, query)}";
    }

    public bool IsValid(string path, ImageQuery query) =>
        Enabled && query.Hmac is { } given
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(Compute(path, query)));

    private string Compute(string path, ImageQuery query)
    {
        var value = path.ToLowerInvariant() + "?" + query.Canonical;
        return Convert.ToHexStringLower(HMACSHA256.HashData(imaging.Value.HMACSecretKey, Encoding.UTF8.GetBytes(value)));
    }
}
