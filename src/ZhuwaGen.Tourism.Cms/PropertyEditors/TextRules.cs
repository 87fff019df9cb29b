using System.Net.Mail;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Text editors: a string within the configured maxChars; e-mail addresses must also parse.</summary>
internal static class TextRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (!TryGetText(value, out var text))
        {
            context.Fail("Enter text.");
            return;
        }

        // Characters as Umbraco's backoffice counts them (UTF-16 units), so both editors agree on the limit.
        if (JsonValues.Positive(JsonValues.ConfigInt(config, "maxChars")) is { } maxChars && text.Length > maxChars)
        {
            context.Fail($"The value exceeds the maximum of {maxChars} characters.");
        }

        if (context.EditorAlias == PropertyEditorAliases.EmailAddress && !IsEmailAddress(text))
        {
            context.Fail("Enter a valid e-mail address, such as name@example.com.");
        }
    }

    // Umbraco 14+ stores rich text as {"markup": "...", "blocks": ...}; older data and clients send the markup alone.
    private static bool TryGetText(JToken value, out string text)
    {
        if (value is JObject rich && rich["markup"] is { } markup)
        {
            return JsonValues.TryGetString(markup, out text);
        }

        return JsonValues.TryGetString(value, out text);
    }

    private static bool IsEmailAddress(string text)
    {
        var trimmed = text.Trim();
        // MailAddress also accepts "Name <a@b.c>"; requiring the bare address keeps stored values usable as mailto targets.
        return MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
