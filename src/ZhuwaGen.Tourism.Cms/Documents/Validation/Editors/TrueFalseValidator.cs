using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation.Editors;

/// <summary>TrueFalse: a boolean, or the 0/1 Umbraco stores in its integer column.</summary>
internal sealed class TrueFalseValidator : IEditorValidator
{
    public IReadOnlyCollection<string> EditorAliases { get; } = [PropertyEditorAliases.TrueFalse];

    public void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        var ok = value.Type switch
        {
            JTokenType.Boolean => true,
            JTokenType.Integer => JsonValues.TryGetDecimal(value, out var number) && number is 0 or 1,
            JTokenType.String => value.Value<string>() is "0" or "1"
                || bool.TryParse(value.Value<string>(), out _),
            _ => false,
        };
        if (!ok)
        {
            context.Fail("Choose true or false.");
        }
    }
}
