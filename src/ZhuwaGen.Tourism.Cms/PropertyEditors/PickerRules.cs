using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>ContentPicker: one document UDI or key; MultiNodeTreePicker: comma-separated UDIs within the configured count.</summary>
internal static class PickerRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (context.EditorAlias == PropertyEditorAliases.ContentPicker)
        {
            if (!JsonValues.TryGetString(value, out var text) || !(Udis.IsDocument(text) || Udis.IsGuid(text)))
            {
                context.Fail("Choose a document (umb://document/… or its key).");
            }

            return;
        }

        if (value.Type != JTokenType.String)
        {
            context.Fail("Choose items as comma-separated umb:// identifiers.");
            return;
        }

        var picked = value.Value<string>()!.Split(',', StringSplitOptions.TrimEntries);
        if (picked.Any(p => !Udis.IsPickable(p)))
        {
            context.Fail("Choose items as comma-separated umb:// identifiers.");
            return;
        }

        var min = JsonValues.Positive(JsonValues.ConfigInt(config, "minNumber"));
        var max = JsonValues.Positive(JsonValues.ConfigInt(config, "maxNumber"));
        if (picked.Length > max)
        {
            context.Fail($"Choose at most {max} items.");
        }
        else if (picked.Length < min)
        {
            context.Fail($"Choose at least {min} items.");
        }
    }
}
