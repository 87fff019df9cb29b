using System.Globalization;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// Describes a structured editor's value for its view: the picks, links or blocks in order, and what the data type
/// allows (how many, which element types, which crops), so a button that would break a limit is never offered.
/// </summary>
public sealed class StructuredFields(PublishedMediaCache media, IOptions<MediaOptions> mediaOptions, IFormCatalog forms)
{
    public object? Describe(ContentSchema schema, PropertyType property, FieldInput input, JToken? value, BackofficeText text,
        IReadOnlyList<PropertyValidationError> errors, Func<PropertyType, JToken?, string, string, IReadOnlyList<string>, EditField> field)
    {
        var config = schema.FindDataType(property.DataTypeKey)?.Config ?? [];
        return input switch
        {
            FieldInput.ContentPicker => Documents(value, multiple: false, max: 1),
            FieldInput.NodePicker => Documents(value, multiple: true, max: Limit(config["maxNumber"])),
            FieldInput.MediaPicker => Media(value, config),
            FieldInput.UrlPicker => Links(value, Limit(config["maxNumber"])),
            FieldInput.BlockList => Blocks(schema, property, value, config, text, errors, field),
            _ => null,
        };
    }

    /// <summary>The forms a forms picker offers, by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Forms() =>
        forms.All().Select(f => new KeyValuePair<string, string>(f.Id.ToString("D"), f.Name)).ToList();

    private static DocumentPicksView Documents(JToken? value, bool multiple, int max)
    {
        var keys = StoredValues.Strings(value).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(u => StoredValues.ParseKey(u, "document")).OfType<Guid>().ToList();
        return new DocumentPicksView(keys, StoredValues.Text(value) ?? string.Empty, multiple, keys.Count < max);
    }

    private MediaPicksView Media(JToken? value, JObject config)
    {
        var width = mediaOptions.Value.EffectiveWidths.DefaultIfEmpty(160).Min();
        var rows = new List<MediaPickRow>();
        foreach (var pick in value as JArray ?? [])
        {
            if (StoredValues.ParseKey(StoredValues.Text(pick["mediaKey"]), "media") is not { } key)
            {
                continue;
            }

            var item = media.Get(key);
            var focal = pick["focalPoint"] as JObject;
            var aspect = item?.Width is > 0 && item.Height is > 0 ? (decimal)item.Width.Value / item.Height.Value : (decimal?)null;
            rows.Add(new MediaPickRow(
                key,
                item?.Name ?? key.ToString("D"),
                item?.Url is { } url && item.Width is not null ? $"{url}?width={width.ToString(CultureInfo.InvariantCulture)}" : null,
                item?.Width,
                item?.Height,
                PercentText(focal?["left"]),
                PercentText(focal?["top"]))
            {
                Aspect = aspect?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty,
                Crops = aspect is { } a ? CropRows(pick, config["crops"] as JArray ?? [], a, focal) : [],
            });
        }

        var multiple = config.Value<bool?>("multiple") == true;
        var max = multiple ? Limit(config["validationLimit"]?["max"]) : 1;
        var crops = (config["crops"] as JArray ?? [])
            .Select(c => $"{c["alias"]} {c["width"]}×{c["height"]}")
            .ToList();
        return new MediaPicksView(rows, Hidden(value), rows.Count < max, crops, multiple);
    }

    private static List<CropRow> CropRows(JToken pick, JArray crops, decimal aspect, JObject? focal)
    {
        var rows = new List<CropRow>();
        foreach (var crop in CropFraming.Configured(crops))
        {
            var stored = (pick["crops"] as JArray ?? []).OfType<JObject>()
                .FirstOrDefault(c => string.Equals(c.Value<string>("alias"), crop.Alias, StringComparison.OrdinalIgnoreCase))?["coordinates"] as JObject;
            var box = stored is not null
                ? CropFraming.FromCoordinates(stored)
                : CropFraming.Frame(aspect, crop.Aspect, 1, focal?.Value<decimal?>("left") ?? 0.5m, focal?.Value<decimal?>("top") ?? 0.5m);
            var zoom = stored is null ? CropFraming.Zooms[0] : CropFraming.ZoomOf(box, aspect, crop.Aspect);
            var imageHeight = 1000 / aspect;
            var viewBox = string.Create(CultureInfo.InvariantCulture,
                $"{box.Left * 1000:0.#} {box.Top * imageHeight:0.#} {box.Width * 1000:0.#} {box.Height * imageHeight:0.#}");
            rows.Add(new CropRow(crop.Alias, crop.Width, crop.Height, zoom, viewBox, imageHeight.ToString("0.#", CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static LinksView Links(JToken? value, int max)
    {
        var rows = (value as JArray ?? []).Select(link => new LinkRow(
            StoredValues.ParseKey(StoredValues.Text(link["udi"]), "document"),
            StoredValues.Text(link["url"]) ?? string.Empty,
            StoredValues.Text(link["name"]) ?? string.Empty,
            StoredValues.Text(link["target"]) == "_blank")).ToList();
        return new LinksView(rows, Hidden(value), rows.Count < max);
    }

    private static BlocksView Blocks(ContentSchema schema, PropertyType property, JToken? value, JObject config, BackofficeText text,
        IReadOnlyList<PropertyValidationError> errors, Func<PropertyType, JToken?, string, string, IReadOnlyList<string>, EditField> field)
    {
        var blocks = value as JObject ?? BlockJson.Empty();
        var layout = BlockJson.Layout(blocks);
        var rows = new List<BlockRow>();
        for (var i = 0; i < layout.Count; i++)
        {
            var content = BlockJson.Content(blocks, layout[i]);
            var type = content is null ? null : BlockJson.TypeOf(schema, content);
            var path = $"{property.Alias}[{i + 1}]";
            var fields = type is null || content is null
                ? []
                : schema.AllProperties(type).Select(p => field(
                    p,
                    content.GetValue(p.Alias, StringComparison.OrdinalIgnoreCase),
                    $"v.{property.Alias}.{i}.{p.Alias}",
                    $"{property.Alias}-{i}-{p.Alias}",
                    ErrorsAt(errors, $"{path}.{p.Alias}"))).ToList();
            var title = fields.FirstOrDefault(f => f.Input == FieldInput.Text && f.Value.Length > 0)?.Value;
            var typeName = type is null ? "?" : text.Named("Type", type.Alias, type.Name);
            rows.Add(new BlockRow(i, typeName, title ?? typeName, fields, ErrorsAt(errors, path)));
        }

        var types = BlockTypes(schema, config).Select(t => new KeyValuePair<Guid, string>(t.Key, text.Named("Type", t.Alias, t.Name))).ToList();
        return new BlocksView(rows, layout.Count == 0 ? string.Empty : blocks.ToString(Formatting.None), types, rows.Count < Limit(config["validationLimit"]?["max"]));
    }

    private static IEnumerable<ContentType> BlockTypes(ContentSchema schema, JObject config) =>
        (config["blocks"] as JArray ?? [])
            .Select(b => Guid.TryParse(b["contentElementTypeKey"]?.ToString(), out var key) ? schema.ContentTypes.FirstOrDefault(t => t.Key == key) : null)
            .OfType<ContentType>();

    private static IReadOnlyList<string> ErrorsAt(IReadOnlyList<PropertyValidationError> errors, string path) =>
        errors.Where(e => string.Equals(e.Alias, path, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message).ToList();

    private static string Hidden(JToken? value) => value is null || value.Type == JTokenType.Null ? string.Empty : value.ToString(Formatting.None);

    // Umbraco's "0" (or nothing) means no upper limit.
    private static int Limit(JToken? max) => StoredValues.Decimal(max) is { } n && n > 0 && n < int.MaxValue ? (int)n : int.MaxValue;

    private static string PercentText(JToken? fraction) =>
        StoredValues.Decimal(fraction) is { } f ? decimal.Round(f * 100m, 1).ToString("0.#", CultureInfo.InvariantCulture) : string.Empty;
}
