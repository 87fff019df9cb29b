using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Tags and MultipleTextstring: an array of strings (tags non-empty, possibly stored as a JSON string).</summary>
internal static class StringListRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (context.EditorAlias == PropertyEditorAliases.Tags)
        {
            ValidateTags(value, context);
            return;
        }

        if (value is not JArray items || items.Any(i => i.Type != JTokenType.String))
        {
            context.Fail("Enter a list of text values.");
            return;
        }

        var (min, max) = (JsonValues.Positive(JsonValues.ConfigInt(config, "min")), JsonValues.Positive(JsonValues.ConfigInt(config, "max")));
        if (items.Count < min)
        {
            context.Fail($"Enter at least {min} text values.");
        }
        else if (items.Count > max)
        {
            context.Fail($"Enter at most {max} text values.");
        }
    }

    private static void ValidateTags(JToken value, EditorValidationContext context)
    {
        // Umbraco's Json storage type keeps the array serialised inside a string.
        var tags = value.Type == JTokenType.String ? ParseArray(value.Value<string>()!) : value as JArray;
        if (tags is null || tags.Any(t => t.Type != JTokenType.String || string.IsNullOrWhiteSpace(t.Value<string>())))
        {
            context.Fail("Enter tags as a list of non-empty words.");
        }
    }

    private static JArray? ParseArray(string text)
    {
        try
        {
            return JToken.Parse(text) as JArray;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }
}
