using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// Which image requests are served: any that carries a valid signature, and otherwise only the sizes the site uses
/// itself (the width ladder and the named crops), in the default quality and centred on the editor's focal point.
/// So the number of variants an anonymous client can make of one image is small and known in advance.
/// </summary>
public sealed class ImageRequestPolicy(ImageUrlSigner signer, IOptions<MediaOptions> options)
{
    public ImageQueryError? Check(string path, ImageQuery query)
    {
        if (query.Hmac is not null)
        {
            if (!signer.Enabled)
            {
                return new ImageQueryError(ImageQuery.SignatureParameter, "Signed image URLs are not enabled on this site (Umbraco:CMS:Imaging:HMACSecretKey).");
            }

            return signer.IsValid(path, query) ? null : new ImageQueryError(ImageQuery.SignatureParameter, "The signature does not match the URL.");
        }

        var settings = options.Value;
        if (query.Rxy is not null)
        {
            return Unsigned("rxy", "A crop centre other than the editor's focal point");
        }

        if (query.Quality is { } quality && quality != settings.DefaultQuality)
        {
            return Unsigned("quality", $"A quality other than {settings.DefaultQuality}");
        }

        var ladder = settings.EffectiveWidths;
        if (query.Height is { } height)
        {
            var isCropSize = query.Crop is null && query.Width is { } w && settings.EffectiveCrops.Any(c => c.Width == w && c.Height == height);
            return isCropSize ? null : Unsigned("height", "A height other than that of a named crop (with its width)");
        }

        return query.Width is { } width && !ladder.Contains(width)
            ? Unsigned("width", $"A width other than {string.Join(", ", ladder)}")
            : null;
    }

    private static ImageQueryError Unsigned(string parameter, string what) =>
        new(parameter, $"{what} needs a signed URL ({ImageQuery.SignatureParameter}).");
}
