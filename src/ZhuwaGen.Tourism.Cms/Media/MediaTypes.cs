namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>Umbraco's built-in media type aliases, the ones this library stores.</summary>
public static class MediaTypes
{
    public const string Folder = "Folder";
    public const string Image = "Image";
}
