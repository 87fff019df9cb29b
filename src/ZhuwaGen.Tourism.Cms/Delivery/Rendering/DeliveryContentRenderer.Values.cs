using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>Property values per editor (contract §1.6): the plain ones here, pickers and blocks in their own parts.</summary>
public sealed partial class DeliveryContentRenderer
{
    internal void WriteValue(
        Utf8JsonWriter writer, RenderContext context, PropertyType property, JToken? value, PropertySelection? expand, PropertySelection? nestedFields)
    {
        var expanded = expand?.Includes(property.Alias) ?? false;
        var nestedExpand = expanded ? expand!.Nested(property.Alias) : null;
        var config = ConfigOf(context, property);
        switch (property.EditorAlias)
        {
            case PropertyEditorAliases.Integer:
                WriteNumber(writer, value, integer: true);
                break;
            case PropertyEditorAliases.Decimal:
                WriteNumber(writer, value, integer: false);
                break;
            case PropertyEditorAliases.TrueFalse:
                writer.WriteBooleanValue(IsTrue(value));
                break;
            case PropertyEditorAliases.DateTime:
                WriteDate(writer, value);
                break;
            case PropertyEditorAliases.Tags or PropertyEditorAliases.CheckBoxList or PropertyEditorAliases.MultipleTextstring:
                WriteStrings(writer, Strings(value));
                break;
            case PropertyEditorAliases.DropDownFlexible:
                WriteChoice(writer, Strings(value), config.Value<bool?>("multiple") ?? false);
                break;
            case PropertyEditorAliases.RadioButtonList:
                WriteChoice(writer, Strings(value), multiple: false);
                break;
            case PropertyEditorAliases.MarkdownEditor:
                writer.WriteStringValue(markdown.ToHtml(Text(value)));
                break;
            case PropertyEditorAliases.RichText:
                WriteRichText(writer, value);
                break;
            case PropertyEditorAliases.ContentPicker:
                WriteContentPicker(writer, context, value, expanded, nestedExpand, nestedFields);
                break;
            case PropertyEditorAliases.MultiNodeTreePicker:
                WriteTreePicker(writer, context, value, expanded, nestedExpand, nestedFields);
                break;
            case PropertyEditorAliases.MediaPicker3:
                WriteMediaPicker(writer, context, value, config, expanded);
                break;
            case PropertyEditorAliases.MultiUrlPicker:
                WriteLinks(writer, context, value);
                break;
            case PropertyEditorAliases.BlockList:
                WriteBlockList(writer, context, value, nestedExpand, nestedFields);
                break;
            default:
                WriteText(writer, value);
                break;
        }
    }

    private static void WriteText(Utf8JsonWriter writer, JToken? value)
    {
        if (Text(value) is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    internal static string? Text(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null or JTokenType.Undefined } => null,
        JValue { Value: IFormattable formattable } => formattable.ToString(null, CultureInfo.InvariantCulture),
        JValue plain => plain.Value?.ToString(),
        _ => value.ToString(Newtonsoft.Json.Formatting.None),
    };

    private static void WriteNumber(Utf8JsonWriter writer, JToken? value, bool integer)
    {
        decimal? number = value?.Type switch
        {
            JTokenType.Integer or JTokenType.Float => value.Value<decimal>(),
            JTokenType.String when decimal.TryParse(value.Value<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is null)
        {
            writer.WriteNullValue();
        }
        else if (integer && number == decimal.Truncate(number.Value) && Math.Abs(number.Value) <= long.MaxValue)
        {
            writer.WriteNumberValue((long)number.Value);
        }
        else
        {
            writer.WriteNumberValue(number.Value);
        }
    }

    private static bool IsTrue(JToken? value) => value?.Type switch
    {
        JTokenType.Boolean => value.Value<bool>(),
        JTokenType.Integer => value.Value<long>() != 0,
        JTokenType.String => value.Value<string>() is "1" or "true" or "True",
        _ => false,
    };

    private static void WriteDate(Utf8JsonWriter writer, JToken? value)
    {
        DateTime? date = value?.Type switch
        {
            JTokenType.Date => value.Value<DateTime>(),
            JTokenType.String when DateTime.TryParse(
                value.Value<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) => parsed,
            _ => null,
        };
        if (date is null)
        {
            writer.WriteNullValue();
            return;
        }

        var utc = date.Value.Kind == DateTimeKind.Local ? date.Value.ToUniversalTime() : date.Value;
        writer.WriteStringValue(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>Arrays of strings, a JSON array kept as a string, or a comma-separated string (older tag storage).</summary>
    internal static IReadOnlyList<string> Strings(JToken? value)
    {
        switch (value)
        {
            case JArray array:
                return array.Select(Text).OfType<string>().ToList();
            case { Type: JTokenType.String }:
                var text = value.Value<string>()!.Trim();
                if (text.StartsWith('['))
                {
                    try
                    {
                        return Strings(JArray.Parse(text));
                    }
                    catch (Newtonsoft.Json.JsonReaderException)
                    {
                        // Not JSON after all: treat it as a comma list.
                    }
                }

                return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                return [];
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteChoice(Utf8JsonWriter writer, IReadOnlyList<string> values, bool multiple)
    {
        if (multiple)
        {
            WriteStrings(writer, values);
        }
        else if (values.Count > 0)
        {
            writer.WriteStringValue(values[0]);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    // Umbraco's default rich text output: {markup, blocks}. Stored markup went through the editor's sanitizer.
    private static void WriteRichText(Utf8JsonWriter writer, JToken? value)
    {
        writer.WriteStartObject();
        writer.WriteString("markup", (value is JObject rich ? Text(rich["markup"]) : Text(value)) ?? string.Empty);
        writer.WritePropertyName("blocks");
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
