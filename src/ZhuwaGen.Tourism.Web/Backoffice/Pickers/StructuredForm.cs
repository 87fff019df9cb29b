using System.Globalization;
using Microsoft.Extensions.Primitives;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// Reads a structured editor back from the form. The screen writes the value as it stood into a hidden field
/// (<c>v.photos</c>: the JSON; pickers: the UDIs), and small inputs beside it (<c>v.photos.0.left</c>,
/// <c>v.links.1.url</c>, <c>v.roomTypes.0.beds</c>) are laid over it. What cannot be read is passed on as posted, so
/// the editor's validator names the problem: the form never decides what is valid.
/// </summary>
public static class StructuredForm
{
    public static JToken? Read(ContentSchema schema, PropertyType property, FieldInput input, string formName, IFormCollection form)
    {
        var posted = ((string?)form[formName].LastOrDefault() ?? string.Empty).Trim();
        return input switch
        {
            FieldInput.ContentPicker or FieldInput.NodePicker => posted.Length == 0 ? null : new JValue(posted),
            FieldInput.MediaPicker => NullWhenEmpty(Media(ArrayOf(posted), formName, form, schema.FindDataType(property.DataTypeKey)?.Config["crops"] as JArray ?? [])),
            FieldInput.UrlPicker => NullWhenEmpty(Links(ArrayOf(posted), formName, form)),
            FieldInput.BlockList => Blocks(schema, ObjectOf(posted), formName, form),
            _ => null,
        };
    }

    private static JArray Media(JArray picks, string formName, IFormCollection form, JArray crops)
    {
        for (var i = 0; i < picks.Count; i++)
        {
            if (picks[i] is not JObject pick)
            {
                continue;
            }

            var (left, top) = (Text(form, $"{formName}.{i}.left"), Text(form, $"{formName}.{i}.top"));
            if (left is null && top is null)
            {
                continue;
            }

            // The screen shows the focal point in percent across and down; Umbraco stores fractions of 1.
            if (Percent(left) is { } x && Percent(top) is { } y)
            {
                pick["focalPoint"] = new JObject { ["left"] = x / 100m, ["top"] = y / 100m };
            }
            else if (string.IsNullOrEmpty(left) && string.IsNullOrEmpty(top))
            {
                pick.Remove("focalPoint");
            }

            FrameCrops(pick, $"{formName}.{i}", form, crops);
        }

        return picks;
    }

    // Each crop's zoom becomes the pick's coordinates for it, around the focal point just read (see CropFraming).
    private static void FrameCrops(JObject pick, string prefix, IFormCollection form, JArray crops)
    {
        if (!decimal.TryParse(Text(form, prefix + ".aspect"), NumberStyles.Number, CultureInfo.InvariantCulture, out var photoAspect) || photoAspect <= 0)
        {
            return;
        }

        var focal = pick["focalPoint"] as JObject;
        var (focalLeft, focalTop) = (focal?.Value<decimal?>("left") ?? 0.5m, focal?.Value<decimal?>("top") ?? 0.5m);
        foreach (var crop in CropFraming.Configured(crops))
        {
            var zoom = Text(form, $"{prefix}.crop.{crop.Alias}");
            if (zoom is null || zoom == CropFraming.Keep
                || !decimal.TryParse(zoom, NumberStyles.Number, CultureInfo.InvariantCulture, out var factor) || !CropFraming.Zooms.Contains(zoom))
            {
                continue;
            }

            var own = pick["crops"] as JArray ?? [];
            foreach (var stale in own.OfType<JObject>().Where(c => string.Equals(c.Value<string>("alias"), crop.Alias, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                own.Remove(stale);
            }

            if (factor > 1)
            {
                var box = CropFraming.Frame(photoAspect, crop.Aspect, factor, focalLeft, focalTop);
                own.Add(new JObject { ["alias"] = crop.Alias, ["width"] = crop.Width, ["height"] = crop.Height, ["coordinates"] = CropFraming.Coordinates(box) });
            }

            pick["crops"] = own;
        }
    }

    private static JArray Links(JArray links, string formName, IFormCollection form)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i] is JObject link)
            {
                Describe(link, $"{formName}.{i}", form, external: link["udi"] is null or { Type: JTokenType.Null });
            }
        }

        // The empty row at the end adds a web address when one was typed into it.
        if (Text(form, $"{formName}.new.url") is { Length: > 0 })
        {
            var link = new JObject();
            Describe(link, $"{formName}.new", form, external: true);
            links.Add(link);
        }

        return links;
    }

    private static void Describe(JObject link, string prefix, IFormCollection form, bool external)
    {
        if (Text(form, prefix + ".name") is { } name)
        {
            link["name"] = name;
        }

        if (external && Text(form, prefix + ".url") is { } url)
        {
            link["url"] = url;
        }

        // The check box is posted only when ticked; the hidden marker says the row was on the form at all.
        if (form.ContainsKey(prefix + ".shown"))
        {
            if (form.ContainsKey(prefix + ".blank"))
            {
                link["target"] = "_blank";
            }
            else
            {
                link.Remove("target");
            }
        }
    }

    private static JToken? Blocks(ContentSchema schema, JObject blocks, string formName, IFormCollection form)
    {
        var layout = BlockJson.Layout(blocks);
        if (layout.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < layout.Count; i++)
        {
            // Each block on the form posts a marker, so an unticked toggle of a block that was shown reads as off.
            if (!form.ContainsKey($"{formName}.{i}.shown")
                || BlockJson.Content(blocks, layout[i]) is not { } content || BlockJson.TypeOf(schema, content) is not { } type)
            {
                continue;
            }

            foreach (var property in schema.AllProperties(type))
            {
                var input = FieldInputs.For(schema, property);
                var name = $"{formName}.{i}.{property.Alias}";
                if (input is FieldInput.ReadOnly or FieldInput.FormPicker || FieldInputs.IsStructured(input))
                {
                    continue;
                }

                var value = FormValues.Read(input, form, name);
                if (value is null)
                {
                    content.Remove(property.Alias);
                }
                else
                {
                    content[property.Alias] = value;
                }
            }
        }

        return blocks;
    }

    private static JArray ArrayOf(string posted) => Json(posted) as JArray ?? [];

    private static JObject ObjectOf(string posted) => Json(posted) as JObject ?? BlockJson.Empty();

    private static JToken? Json(string posted)
    {
        if (posted.Length == 0)
        {
            return null;
        }

        try
        {
            return JToken.Parse(posted);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static JToken? NullWhenEmpty(JArray array) => array.Count == 0 ? null : array;

    private static string? Text(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) ? ((string?)value.LastOrDefault() ?? string.Empty).Trim() : null;

    private static decimal? Percent(string? text) =>
        decimal.TryParse(text?.TrimEnd('%', ' '), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 100 ? n : null;
}
