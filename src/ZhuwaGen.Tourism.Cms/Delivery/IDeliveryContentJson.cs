namespace ZhuwaGen.Tourism.Cms.Delivery;

/// <summary>
/// The Delivery API's default rendering of a published item (no expand, no fields), serialized once at publish and
/// kept as UTF-8 bytes per culture. Webhook payloads and the item endpoints both read it.
/// </summary>
public interface IDeliveryContentJson
{
    /// <summary>The item's JSON in <paramref name="culture"/> (with fallback), or null when it is not published.</summary>
    ReadOnlyMemory<byte>? DefaultItem(Guid key, string culture);
}
