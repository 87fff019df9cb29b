using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>TrueFalse: a boolean, or the 0/1 Umbraco stores in its integer column.</summary>
internal static class TrueFalseRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
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
