using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.MultipleTextstring: a list of text values within min/max, converted to <c>IReadOnlyList&lt;string&gt;</c>.</summary>
internal sealed class MultipleTextstringEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.MultipleTextstring];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        StringListRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Strings(value);
}
