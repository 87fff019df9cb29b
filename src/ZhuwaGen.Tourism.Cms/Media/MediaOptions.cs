namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>The media library's settings ("Cms:Media").</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Cms:Media";

    /// <summary>Where uploaded files live; relative paths are under the application root.</summary>
    public string Root { get; set; } = "App_Data/media";

    /// <summary>Where resized and re-encoded variants are kept; safe to delete at any time.</summary>
    public string CacheRoot { get; set; } = "App_Data/media-cache";

    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Phone photos are scaled down so that their long edge is at most this many pixels.</summary>
    public int MaxLongEdge { get; set; } = 2560;

    /// <summary>The largest width or height a <c>/media</c> request may ask for.</summary>
    public int MaxRequestDimension { get; set; } = 4000;

    public int DefaultQuality { get; set; } = 82;

    /// <summary>The named crops every image offers. Empty in configuration means <see cref="DefaultCrops"/>.</summary>
    public List<MediaCropDefinition> Crops { get; set; } = [];

    public static IReadOnlyList<MediaCropDefinition> DefaultCrops { get; } =
    [
        new() { Alias = "square", Width = 600, Height = 600 },
        new() { Alias = "card", Width = 800, Height = 600 },
        new() { Alias = "wide", Width = 1600, Height = 900 },
        new() { Alias = "share", Width = 1200, Height = 630 },
    ];

    // The configuration binder appends to a list it finds filled, so defaults are applied after binding instead.
    public IReadOnlyList<MediaCropDefinition> EffectiveCrops => Crops.Count > 0 ? Crops : DefaultCrops;

    public MediaCropDefinition? FindCrop(string alias) =>
        EffectiveCrops.FirstOrDefault(c => string.Equals(c.Alias, alias, StringComparison.OrdinalIgnoreCase));

    internal bool IsValid() =>
        MaxUploadBytes > 0 && MaxLongEdge > 0 && MaxRequestDimension > 0 && DefaultQuality is >= 1 and <= 100
        && EffectiveCrops.All(c => !string.IsNullOrWhiteSpace(c.Alias) && c.Width > 0 && c.Height > 0)
        && EffectiveCrops.Select(c => c.Alias.ToLowerInvariant()).Distinct().Count() == EffectiveCrops.Count;
}

public sealed class MediaCropDefinition
{
    public string Alias { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }
}
