using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Delivery.Caching;

/// <summary>
/// Counts the media changes whose renderings are in place (media map swapped, stored JSON rendered again). A response
/// begun under an earlier count may have read the old media and finish after its tags were evicted, so the output
/// cache does not store it; the content snapshot's generation plays the same part for content changes.
/// </summary>
public sealed class MediaChangeEpoch
{
    private static readonly object ItemKey = new();
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    internal void Advance() => Interlocked.Increment(ref _value);

    /// <summary>Notes the count as a request starts.</summary>
    internal void Capture(HttpContext http) => http.Items[ItemKey] = Current;

    /// <summary>True when no media change completed since <see cref="Capture"/>.</summary>
    internal bool IsUnchangedSince(HttpContext http) => http.Items.TryGetValue(ItemKey, out var captured) && captured is long value && value == Current;
}
