using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.MultiUrlPicker: [{udi | url, name, target, queryString}], converted to <c>IReadOnlyList&lt;LinkPick&gt;</c>.
/// A link with neither a known UDI nor a URL points nowhere and is left out.
/// </summary>
internal sealed class MultiUrlPickerEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.MultiUrlPicker];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        MultiUrlPickerRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion)
    {
        var links = new List<LinkPick>();
        foreach (var link in value as JArray ?? [])
        {
            var udi = StoredValues.Text(link["udi"]);
            var title = StoredValues.Text(link["name"]) ?? StoredValues.Text(link["title"]);
            var target = StoredValues.Text(link["target"]);
            var queryString = StoredValues.Text(link["queryString"]);
            PickedKey? destination = StoredValues.ParseKey(udi, "document") is { } document ? new PickedKey(document, PickedEntity.Document)
                : StoredValues.ParseKey(udi, "media") is { } media ? new PickedKey(media, PickedEntity.Media)
                : null;
            var url = destination is null && StoredValues.Text(link["url"]) is { Length: > 0 } external ? external : null;
            if (destination is not null || url is not null)
            {
                links.Add(new LinkPick(destination, url, title, target, queryString));
            }
        }

        return links;
    }
}
