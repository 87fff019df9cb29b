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

    /// <summary>Where chunked uploads from the back-office wait to be finished; relative paths are under the application root.</summary>
    public string UploadSessionRoot { get; set; } = "App_Data/upload-sessions";

    /// <summary>An upload session not finished within this time is gone (404) and its file swept.</summary>
    public TimeSpan UploadSessionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The largest chunk one request may append to an upload session.</summary>
    public int UploadChunkMaxBytes { get; set; } = 1024 * 1024;

    /// <summary>How many unfinished upload sessions one user may hold at once.</summary>
    public int MaxOpenUploadSessions { get; set; } = 30;

    /// <summary>Phone photos are scaled down so that their long edge is at most this many pixels.</summary>
    public int MaxLongEdge { get; set; } = 2560;

    /// <summary>The largest width or height a <c>/media</c> request may ask for, even a signed one.</summary>
    public int MaxRequestDimension { get; set; } = 4000;

    /// <summary>An upload whose header claims more pixels than this is refused before it is decoded.</summary>
    public long MaxUploadPixels { get; set; } = 50_000_000;

    /// <summary>An upload whose header claims a wider or taller image than this is refused before it is decoded.</summary>
    public int MaxUploadDimension { get; set; } = 12_000;

    /// <summary>The largest single buffer ImageSharp may allocate while decoding or processing (its allocation limit).</summary>
    public int DecodeMemoryLimitMegabytes { get; set; } = 320;

    /// <summary>
    /// The widths anyone may ask for without a signature (the site's <c>srcset</c> ladder). Empty in configuration
    /// means <see cref="DefaultWidths"/>.
    /// </summary>
    public List<int> Widths { get; set; } = [];

    public static IReadOnlyList<int> DefaultWidths { get; } = [160, 320, 480, 640, 800, 1024, 1280, 1600, 1920, 2560];

    public IReadOnlyList<int> EffectiveWidths => Widths.Count > 0 ? Widths : DefaultWidths;

    /// <summary>How many variants are made at once; 0 means one per processor.</summary>
    public int MaxConcurrentProcessing { get; set; }

    /// <summary>How many requests for new variants may wait for a free slot; beyond that the answer is 503.</summary>
    public int ProcessingQueueLimit { get; set; } = 32;

    /// <summary>The disk space the variant cache may use; the least recently used variants are deleted beyond it.</summary>
    public double CacheQuotaMegabytes { get; set; } = 1024;

    /// <summary>New variants an anonymous client may cause per minute (cache hits are not counted).</summary>
    public int AnonymousProcessingPerMinute { get; set; } = 60;

    public int EffectiveConcurrency => MaxConcurrentProcessing > 0 ? MaxConcurrentProcessing : Environment.ProcessorCount;

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
        MaxUploadBytes > 0 && UploadChunkMaxBytes > 0 && MaxOpenUploadSessions > 0 && UploadSessionLifetime > TimeSpan.Zero && MaxLongEdge > 0 && MaxRequestDimension > 0 && DefaultQuality is >= 1 and <= 100
        && MaxUploadPixels > 0 && MaxUploadDimension > 0 && DecodeMemoryLimitMegabytes > 0
        && MaxConcurrentProcessing >= 0 && ProcessingQueueLimit >= 0 && CacheQuotaMegabytes > 0 && AnonymousProcessingPerMinute > 0
        && EffectiveWidths.All(w => w > 0 && w <= MaxRequestDimension)
        && EffectiveCrops.All(c => !string.IsNullOrWhiteSpace(c.Alias) && c.Width > 0 && c.Height > 0)
        && EffectiveCrops.Select(c => c.Alias.ToLowerInvariant()).Distinct().Count() == EffectiveCrops.Count;
}

public sealed class MediaCropDefinition
{
    public string Alias { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }
}
