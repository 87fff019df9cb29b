using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>MediaPicker3: an array of {mediaKey, key?, crops?, focalPoint?} within the configured count.</summary>
internal static class MediaPickerRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (value is not JArray items)
        {
            context.Fail("Choose media as a list of {\"mediaKey\": \"<guid>\"} items.");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!IsMediaItem(items[i]))
            {
                context.Fail($"Media item {i + 1} needs a \"mediaKey\" GUID (and, if given, a GUID \"key\", a \"crops\" list and a \"focalPoint\" object).");
            }
        }

        var (min, max) = JsonValues.ConfigLimits(config, "validationLimit");
        if (!JsonValues.ConfigBool(config, "multiple"))
        {
            max = 1;
        }

        if (items.Count > max)
        {
            context.Fail(max == 1 ? "Choose only one media item." : $"Choose at most {max} media items.");
        }
        else if (items.Count < min)
        {
            context.Fail($"Choose at least {min} media items.");
        }
    }

    private static bool IsMediaItem(JToken item) =>
        item is JObject media
        && IsGuid(media["mediaKey"])
        && (media["key"] is null or { Type: JTokenType.Null } || IsGuid(media["key"]))
        && media["crops"] is null or { Type: JTokenType.Null or JTokenType.Array }
        && media["focalPoint"] is null or { Type: JTokenType.Null or JTokenType.Object };

    private static bool IsGuid(JToken? token) =>
        token is not null && JsonValues.TryGetString(token, out var text) && Udis.IsGuid(text);
}
