using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.BlockList: layout entries pointing at contentData/settingsData elements by UDI, converted to a
/// <see cref="BlockListModel"/>; entries whose content is missing are left out. Its data types must name element types.
/// </summary>
internal sealed class BlockListEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.BlockList];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        BlockListRules.Validate(value, config, context);

    public override void CheckDataType(ContentSchema schema, DataType dataType, SchemaErrorSink sink) =>
        BlockListSchemaRules.Check(schema, dataType, sink);

    public override object? Convert(JToken? value, PropertyConversion conversion)
    {
        var layout = (value?["layout"] as JObject)?[PropertyEditorAliases.BlockList] as JArray ?? [];
        var content = ByUdi(value?["contentData"] as JArray);
        var settings = ByUdi(value?["settingsData"] as JArray);
        var items = new List<BlockListItem>();
        foreach (var entry in layout)
        {
            if (StoredValues.Text(entry["contentUdi"]) is not { } contentUdi || !content.TryGetValue(contentUdi, out var element))
            {
                continue;
            }

            var settingsElement = StoredValues.Text(entry["settingsUdi"]) is { } settingsUdi && settings.TryGetValue(settingsUdi, out var found)
                ? Element(found, conversion.Schema)
                : null;
            items.Add(new BlockListItem(Element(element, conversion.Schema), settingsElement));
        }

        return new BlockListModel(items);
    }

    private static BlockElementData Element(JObject element, ContentSchema schema)
    {
        var typeKey = Guid.TryParse(StoredValues.Text(element["contentTypeKey"]), out var key) ? key : Guid.Empty;
        return new BlockElementData(
            schema.ContentTypes.FirstOrDefault(t => t.Key == typeKey),
            StoredValues.ParseKey(StoredValues.Text(element["udi"]), "element"),
            element);
    }

    private static Dictionary<string, JObject> ByUdi(JArray? items)
    {
        var byUdi = new Dictionary<string, JObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items?.OfType<JObject>() ?? [])
        {
            if (StoredValues.Text(item["udi"]) is { } udi)
            {
                byUdi.TryAdd(udi, item);
            }
        }

        return byUdi;
    }
}
