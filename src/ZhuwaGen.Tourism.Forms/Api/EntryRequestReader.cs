using System.Text.Json;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>
/// Reads the entry body of contract §2.2: values (alias → string or array of strings; numbers and booleans are taken
/// as their text), contentId (a GUID), culture, additionalData (key → string). Anything else is unreadable (400).
/// </summary>
internal static class EntryRequestReader
{
    public static bool TryRead(JsonElement body, string? idempotencyKey, out EntrySubmission submission, out string? culture, out string problem)
    {
        submission = null!;
        culture = null;
        problem = string.Empty;
        if (body.ValueKind != JsonValueKind.Object)
        {
            problem = "The body must be a JSON object.";
            return false;
        }

        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (body.TryGetProperty("values", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                problem = "\"values\" must be an object of field aliases.";
                return false;
            }

            foreach (var value in given.EnumerateObject())
            {
                if (!TryValues(value.Value, out var texts))
                {
                    problem = $"The value of \"{value.Name}\" must be a string or an array of strings.";
                    return false;
                }

                values[value.Name] = texts;
            }
        }

        Guid? contentId = null;
        if (body.TryGetProperty("contentId", out var content) && content.ValueKind == JsonValueKind.String && content.GetString() is { Length: > 0 } text)
        {
            if (!Guid.TryParse(text, out var key))
            {
                problem = "\"contentId\" must be the page's GUID.";
                return false;
            }

            contentId = key;
        }

        if (body.TryGetProperty("culture", out var named) && named.ValueKind == JsonValueKind.String)
        {
            culture = named.GetString();
        }

        var additional = new Dictionary<string, string>();
        if (body.TryGetProperty("additionalData", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            foreach (var item in data.EnumerateObject())
            {
                additional[item.Name] = item.Value.ValueKind == JsonValueKind.String ? item.Value.GetString()! : item.Value.GetRawText();
            }
        }

        submission = new EntrySubmission(values, contentId, culture ?? string.Empty, additional, idempotencyKey);
        return true;
    }

    private static bool TryValues(JsonElement value, out string[] texts)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                texts = [];
                return true;
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                texts = [Text(value)];
                return true;
            case JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number):
                texts = value.EnumerateArray().Select(Text).ToArray();
                return true;
            default:
                texts = [];
                return false;
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
