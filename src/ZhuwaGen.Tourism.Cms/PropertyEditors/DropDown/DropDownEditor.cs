using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.DropDown.Flexible: values from the configured items, stored as an array even when single. Converted as
/// Umbraco does: a <c>string?</c> when the data type is single, an <c>IReadOnlyList&lt;string&gt;</c> when "multiple".
/// </summary>
internal sealed class DropDownEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.DropDownFlexible];

    public override FieldKind? QueryKind => FieldKind.Choice;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        ChoiceRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion)
    {
        var chosen = StoredValues.Strings(value);
        return JsonValues.ConfigBool(conversion.Config, "multiple") ? chosen : chosen.FirstOrDefault();
    }
}
