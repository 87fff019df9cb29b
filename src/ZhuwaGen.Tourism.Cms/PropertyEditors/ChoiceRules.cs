using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Dropdown, checkbox list and radio buttons: values chosen from the data type's configured items.</summary>
internal static class ChoiceRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        var allowed = AllowedValues(config);
        var isRadio = context.EditorAlias == PropertyEditorAliases.RadioButtonList;
        var chosen = Chosen(value, acceptSingleString: isRadio || context.EditorAlias == PropertyEditorAliases.DropDownFlexible);
        if (chosen is null || (isRadio && value.Type != JTokenType.String))
        {
            context.Fail(isRadio ? "Choose one option." : "Choose options from the list.");
            return;
        }

        foreach (var choice in chosen.Where(c => !allowed.Contains(c)))
        {
            context.Fail($"'{choice}' is not one of the options; choose from: {string.Join(", ", allowed)}.");
        }

        var single = context.EditorAlias == PropertyEditorAliases.DropDownFlexible && !JsonValues.ConfigBool(config, "multiple");
        if (single && chosen.Count > 1)
        {
            context.Fail("Choose only one option.");
        }
    }

    // Umbraco 14+ stores items as plain strings; earlier versions and the brief's config use {"value": "..."}.
    private static HashSet<string> AllowedValues(JObject config)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in config["items"] as JArray ?? [])
        {
            var text = item.Type == JTokenType.String ? item.Value<string>() : JsonValues.StringAt(item, "value");
            if (text is not null)
            {
                allowed.Add(text);
            }
        }

        return allowed;
    }

    // Dropdowns are stored as arrays even when single, but clients mirroring the Delivery API send one string.
    private static List<string>? Chosen(JToken value, bool acceptSingleString)
    {
        if (value.Type == JTokenType.String && acceptSingleString)
        {
            return [value.Value<string>()!];
        }

        if (value is not JArray array || array.Any(i => i.Type != JTokenType.String))
        {
            return null;
        }

        return array.Select(i => i.Value<string>()!).ToList();
    }
}
