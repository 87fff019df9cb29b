namespace ZhuwaGen.Tourism.Cms.Media;

public static class PublishedMediaExtensions
{
    /// <summary>
    /// The alt text in <paramref name="culture"/>, else in <paramref name="defaultCulture"/> (the schema's default
    /// language), else null. <see cref="PublishedMedia.AltText"/>
    /// is keyed by property alias ("altText"), then by culture, as the row stores it.
    /// </summary>
    public static string? AltTextIn(this PublishedMedia media, string culture, string defaultCulture)
    {
        if (!media.AltText.TryGetValue(MediaPropertiesJson.AltText, out var byCulture))
        {
            return null;
        }

        return byCulture.TryGetValue(culture, out var text) ? text
            : byCulture.TryGetValue(defaultCulture, out var fallback) ? fallback
            : null;
    }

    public static bool IsFolder(this PublishedMedia media) => media.MediaTypeAlias == MediaTypes.Folder;
}
