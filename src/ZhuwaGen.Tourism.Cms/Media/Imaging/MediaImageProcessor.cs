using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>A variant on disk: where it is, its content type and its entity tag.</summary>
public sealed record ImageVariant(string FilePath, string ContentType, string ETag);

public enum ImageVariantStatus
{
    Ready,

    /// <summary>Every processing slot and queue place is taken.</summary>
    Busy,

    /// <summary>The cache folder cannot be written (read-only or full disk).</summary>
    StorageUnavailable,
}

public sealed record ImageVariantResult(ImageVariantStatus Status, ImageVariant? Variant = null);

/// <summary>
/// Makes resized, cropped and re-encoded variants with ImageSharp and keeps them on disk, named by the item's URL and
/// the <see cref="ImagePlan"/>, so that each distinct picture is made once. Identical requests in flight share one
/// decode; the work runs under <see cref="ImageWorkLimiter"/>; files appear whole (written aside, then moved) and
/// the cache stays within its quota. The cache folder can be emptied at any time.
/// </summary>
public sealed class MediaImageProcessor(ImageCacheQuota quota, ImageWorkLimiter limiter, ImageSharpLimits limits, ILogger<MediaImageProcessor> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ImageVariantResult>>> _inFlight = new(StringComparer.Ordinal);
    private long _processed;
    private long _joined;

    /// <summary>Variants decoded and encoded since start (diagnostics: coalesced requests do not count).</summary>
    public long ProcessedCount => Interlocked.Read(ref _processed);

    /// <summary>Requests that waited for an identical request's work instead of doing it again.</summary>
    public long JoinedCount => Interlocked.Read(ref _joined);

    public ImageVariant VariantFor(string url, ImagePlan plan)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url + "?" + plan.CacheKey)));
        var file = Path.Combine(quota.Root, hash[..2], $"{hash}.{ImageSniffer.Extension(plan.Format)}");
        return new ImageVariant(file, ImageSniffer.ContentType(plan.Format), $"\"{hash[..32]}\"");
    }

    /// <summary>
    /// The variant's file opened for reading when it is on disk (and marks it used), else null. Opened rather than
    /// checked: the cache may evict it at any moment, and an open file stays readable after it is deleted, so a
    /// variant found is a variant sent.
    /// </summary>
    public FileStream? OpenCached(ImageVariant variant)
    {
        var stream = MediaFileStreams.OpenOrNull(variant.FilePath);
        if (stream is not null)
        {
            quota.Touch(variant.FilePath);
        }

        return stream;
    }

    public Task<ImageVariantResult> CreateAsync(string url, string sourceFile, ImagePlan plan, CancellationToken cancellationToken)
    {
        var variant = VariantFor(url, plan);
        Lazy<Task<ImageVariantResult>>? job = null;
        job = new Lazy<Task<ImageVariantResult>>(() => RunAsync(variant, sourceFile, plan));
        var current = _inFlight.GetOrAdd(variant.FilePath, job);
        if (!ReferenceEquals(current, job))
        {
            Interlocked.Increment(ref _joined);
        }

        // One requester giving up does not cancel the work the others wait for.
        return current.Value.WaitAsync(cancellationToken);

        async Task<ImageVariantResult> RunAsync(ImageVariant target, string source, ImagePlan work)
        {
            try
            {
                using var lease = await limiter.AcquireAsync(CancellationToken.None);
                if (!lease.IsAcquired)
                {
                    return new ImageVariantResult(ImageVariantStatus.Busy);
                }

                if (!File.Exists(target.FilePath))
                {
                    Interlocked.Increment(ref _processed);
                    if (!await WriteAsync(target.FilePath, source, work))
                    {
                        return new ImageVariantResult(ImageVariantStatus.StorageUnavailable);
                    }
                }

                return new ImageVariantResult(ImageVariantStatus.Ready, target);
            }
            finally
            {
                _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<ImageVariantResult>>>(target.FilePath, job!));
            }
        }
    }

    private async Task<bool> WriteAsync(string target, string sourceFile, ImagePlan plan)
    {
        using var image = await Image.LoadAsync(limits.Configuration, sourceFile);

        // An original stored before uploads were cleaned may still carry GPS and the like; no variant repeats it.
        UploadMetadata.Strip(image);
        image.Metadata.ExifProfile = null;
        image.Mutate(x =>
        {
            if (plan.Source != image.Bounds())
            {
                x.Crop(plan.Source);
            }

            if (plan.Output != plan.Source.Size)
            {
                // The plan already chose the shape; Stretch only absorbs the rounding of a pixel.
                x.Resize(new ResizeOptions { Size = plan.Output, Mode = ResizeMode.Stretch });
            }
        });

        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await image.SaveAsync(temporary, ImageEncoders.For(plan.Format, plan.Quality ?? 0));
            File.Move(temporary, target, overwrite: true);
            quota.Added(target, new FileInfo(target).Length);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not write image variant {File}; answering 503 until the cache folder is writable", target);
            return false;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(exception, "Could not delete temporary file {File}", file);
        }
    }
}
