using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.CheckBoxList: values from the configured items, converted to <c>IReadOnlyList&lt;string&gt;</c>.</summary>
internal sealed class CheckBoxListEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.CheckBoxList];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        ChoiceRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Strings(value);
}
