using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>MultiUrlPicker: an array of link objects, each pointing somewhere through "url" or "udi".</summary>
internal static class MultiUrlPickerRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (value is not JArray links)
        {
            context.Fail("Enter links as a list of {\"url\": …} or {\"udi\": …} items.");
            return;
        }

        for (var i = 0; i < links.Count; i++)
        {
            if (links[i] is not JObject link || !(HasText(link["url"]) || HasText(link["udi"])))
            {
                context.Fail($"Link {i + 1} needs a \"url\" or a \"udi\".");
            }
            else if (!HasText(link["udi"]) && !IsSafeUrl(link["url"]!.ToString().Trim()))
            {
                context.Fail($"Link {i + 1}: enter a web address starting with https:// or http:// (or mailto:, tel:, or a path starting with /).");
            }
        }

        var min = JsonValues.Positive(JsonValues.ConfigInt(config, "minNumber"));
        var max = JsonValues.Positive(JsonValues.ConfigInt(config, "maxNumber"));
        if (links.Count > max)
        {
            context.Fail($"Enter at most {max} links.");
        }
        else if (links.Count < min)
        {
            context.Fail($"Enter at least {min} links.");
        }
    }

    // A link is written into pages as an href: only web, mail and phone addresses and paths of this site, never
    // javascript: or data:, and nothing with spaces or control characters a browser would read differently.
    private static bool IsSafeUrl(string url)
    {
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith('?'))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (((uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal))
                || uri.Scheme == Uri.UriSchemeMailto || uri.Scheme == "tel");
    }

    private static bool HasText(JToken? token) =>
        token is not null && JsonValues.TryGetString(token, out var text) && !string.IsNullOrWhiteSpace(text);
}
