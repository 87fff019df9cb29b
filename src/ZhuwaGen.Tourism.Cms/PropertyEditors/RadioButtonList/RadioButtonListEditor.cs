using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.RadioButtonList: one value from the configured items, converted to <c>string?</c>.</summary>
internal sealed class RadioButtonListEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.RadioButtonList];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        ChoiceRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Strings(value).FirstOrDefault();
}
