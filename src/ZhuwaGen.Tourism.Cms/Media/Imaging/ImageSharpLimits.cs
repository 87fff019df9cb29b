using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>
/// The ImageSharp configuration every decode in the media library uses: the default codecs with an allocator that
/// refuses any single buffer over <see cref="MediaOptions.DecodeMemoryLimitMegabytes"/>, so a file that lies about
/// its size fails with an exception instead of taking the machine's memory.
/// </summary>
public sealed class ImageSharpLimits(IOptions<MediaOptions> options)
{
    private readonly Lazy<Configuration> _configuration = new(() =>
    {
        var configuration = Configuration.Default.Clone();
        configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            AllocationLimitMegabytes = options.Value.DecodeMemoryLimitMegabytes,
        });
        return configuration;
    });

    public Configuration Configuration => _configuration.Value;
}
