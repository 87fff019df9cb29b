using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.MediaPicker3: [{mediaKey, crops?, focalPoint?}], converted to <see cref="MediaPicks"/>.</summary>
internal sealed class MediaPicker3Editor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.MediaPicker3];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        MediaPickerRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion)
    {
        var configured = (conversion.Config["crops"] as JArray ?? [])
            .Select(c => new MediaCrop(StoredValues.Text(c["alias"]) ?? string.Empty, Whole(c["width"]), Whole(c["height"]), null))
            .ToList();
        var picks = new List<MediaPick>();
        foreach (var pick in value as JArray ?? [])
        {
            if (StoredValues.ParseKey(StoredValues.Text(pick["mediaKey"]), "media") is { } key)
            {
                picks.Add(new MediaPick(key, FocalPoint(pick["focalPoint"] as JObject), LocalCrops(pick["crops"] as JArray)));
            }
        }

        return new MediaPicks(picks, configured);
    }

    private static MediaFocalPoint? FocalPoint(JObject? focal) =>
        focal?["left"] is null ? null : new MediaFocalPoint(Number(focal["left"]), Number(focal["top"]));

    private static Dictionary<string, MediaCropCoordinates> LocalCrops(JArray? crops)
    {
        var byAlias = new Dictionary<string, MediaCropCoordinates>(StringComparer.OrdinalIgnoreCase);
        foreach (var crop in crops?.OfType<JObject>() ?? [])
        {
            if (StoredValues.Text(crop["alias"]) is { } alias && crop["coordinates"] is JObject c)
            {
                byAlias.TryAdd(alias, new MediaCropCoordinates(Number(c["x1"]), Number(c["y1"]), Number(c["x2"]), Number(c["y2"])));
            }
        }

        return byAlias;
    }

    private static decimal Number(JToken? token) => StoredValues.Decimal(token) ?? 0;

    private static int Whole(JToken? token) =>
        StoredValues.Decimal(token) is { } n && n == decimal.Truncate(n) && Math.Abs(n) <= int.MaxValue ? (int)n : 0;
}
