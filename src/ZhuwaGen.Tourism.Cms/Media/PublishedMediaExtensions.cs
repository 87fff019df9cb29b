namespace ZhuwaGen.Tourism.Cms.Media;

public static class PublishedMediaExtensions
{
    public const string DefaultCulture = "zh-Hans";

    /// <summary>
    /// The alt text in <paramref name="culture"/>, else in zh-Hans, else null. <see cref="PublishedMedia.AltText"/>
    /// is keyed by property alias ("altText"), then by culture, as the row stores it.
    /// </summary>
    public static string? AltTextIn(this PublishedMedia media, string culture)
    {
        if (!media.AltText.TryGetValue(MediaPropertiesJson.AltText, out var byCulture))
        {
            return null;
        }

        return byCulture.TryGetValue(culture, out var text) ? text
            : byCulture.TryGetValue(DefaultCulture, out var fallback) ? fallback
            : null;
    }

    public static bool IsFolder(this PublishedMedia media) => media.MediaTypeAlias == MediaTypes.Folder;
}
