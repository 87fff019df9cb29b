using System.Text.Json;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>The JSON columns of a media row: properties per culture, and the crops an editor placed.</summary>
internal static class MediaPropertiesJson
{
    public const string AltText = "altText";

    /// <summary>The invariant "location" property (latitude,longitude) under the culture key "".</summary>
    public const string Location = "location";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, Dictionary<string, string>> ReadProperties(string json) =>
        string.IsNullOrWhiteSpace(json)
            ? []
            : JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json, Options) ?? [];

    public static string WriteProperties(IReadOnlyDictionary<string, Dictionary<string, string>> properties) =>
        JsonSerializer.Serialize(properties, Options);

    public static List<StoredCrop> ReadCrops(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<StoredCrop>>(json, Options) ?? [];

    public static string WriteCrops(IEnumerable<StoredCrop> crops) => JsonSerializer.Serialize(crops, Options);
}

internal sealed record StoredCrop(string Alias, MediaCropCoordinates Coordinates);
