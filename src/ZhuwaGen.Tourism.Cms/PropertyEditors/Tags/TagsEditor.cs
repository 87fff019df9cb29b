using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.Tags: a list of words (also a JSON array kept in a string), converted to <c>IReadOnlyList&lt;string&gt;</c>; searchable, filterable by any tag.</summary>
internal sealed class TagsEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.Tags];

    public override FieldKind? QueryKind => FieldKind.Tags;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        StringListRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Strings(value);

    // As before: tags stored as an array are searched; a tag string is one more piece of text.
    public override IEnumerable<string> SearchText(JToken value) => value switch
    {
        JArray array => array.Where(t => t.Type == JTokenType.String).Select(t => t.Value<string>()!),
        { Type: JTokenType.String } => [value.Value<string>()!],
        _ => [],
    };
}
