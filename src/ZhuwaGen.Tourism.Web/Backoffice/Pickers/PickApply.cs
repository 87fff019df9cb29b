using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>A choice on a picker screen added to the stored value, in Umbraco's stored shape for each editor.</summary>
public static class PickApply
{
    public static JToken? Add(FieldInput input, JToken? value, Guid choice, bool multiple, string? title)
    {
        var documentUdi = "umb://document/" + choice.ToString("N");
        switch (input)
        {
            case FieldInput.ContentPicker:
                return new JValue(documentUdi);
            case FieldInput.NodePicker:
                var udis = StoredValues.Strings(value).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
                if (!udis.Contains(documentUdi, StringComparer.OrdinalIgnoreCase))
                {
                    udis.Add(documentUdi);
                }

                return new JValue(string.Join(",", udis));
            case FieldInput.MediaPicker:
                var pick = new JObject { ["key"] = Guid.NewGuid().ToString("D"), ["mediaKey"] = choice.ToString("D"), ["crops"] = new JArray() };
                var picks = multiple && value is JArray existing ? (JArray)existing.DeepClone() : [];
                picks.Add(pick);
                return picks;
            case FieldInput.UrlPicker:
                var links = value is JArray stored ? (JArray)stored.DeepClone() : [];
                links.Add(new JObject { ["name"] = title ?? string.Empty, ["udi"] = documentUdi });
                return links;
            default:
                return value;
        }
    }
}
