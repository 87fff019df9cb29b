using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>Tolerant readers for stored values and data type configuration, which arrive from several clients.</summary>
internal static class JsonValues
{
    /// <summary>Umbraco's notion of "no value": what a mandatory property must not be.</summary>
    public static bool IsEmpty(JToken? value) => value switch
    {
        null => true,
        { Type: JTokenType.Null or JTokenType.Undefined } => true,
        { Type: JTokenType.String } => string.IsNullOrWhiteSpace(value.Value<string>()),
        JArray array => array.Count == 0,
        JObject obj when IsBlockList(obj) => BlockListIsEmpty(obj),
        JObject obj when obj.Property("markup") is { } markup => IsEmpty(markup.Value),
        _ => false,
    };

    /// <summary>Strings, plus values Newtonsoft turned into dates, GUIDs or URIs while parsing a JSON string.</summary>
    public static bool TryGetString(JToken value, out string text)
    {
        switch (value.Type)
        {
            case JTokenType.String:
            case JTokenType.Guid:
            case JTokenType.Uri:
                text = value.Value<string>() ?? string.Empty;
                return true;
            case JTokenType.Date:
                text = value.Value<DateTime>().ToString("O", CultureInfo.InvariantCulture);
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>A string member of an object, or null when the token is not an object or the member not text.</summary>
    public static string? StringAt(JToken? parent, string name) =>
        parent is JObject obj && obj[name] is { } member && TryGetString(member, out var text) ? text : null;

    /// <summary>A number or numeric string; false (never an exception) when it is not one or does not fit a decimal.</summary>
    public static bool TryGetDecimal(JToken? value, out decimal number) => PropertyEditors.StoredValues.TryGetDecimal(value, out number);

    public static decimal? ConfigDecimal(JObject? config, string name) =>
        TryGetDecimal(config?[name], out var number) ? number : null;

    public static int? ConfigInt(JObject? config, string name) =>
        ConfigDecimal(config, name) is { } number && number == decimal.Truncate(number) && Math.Abs(number) <= int.MaxValue
            ? (int)number
            : null;

    public static bool ConfigBool(JObject? config, string name) => config?[name] switch
    {
        { Type: JTokenType.Boolean } token => token.Value<bool>(),
        { Type: JTokenType.Integer } token => TryGetDecimal(token, out var number) && number != 0,
        { Type: JTokenType.String } token => token.Value<string>() is "1" || string.Equals(token.Value<string>(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Umbraco's {"min": n, "max": m} limits, where 0 or a missing value means "no limit".</summary>
    public static (int? Min, int? Max) ConfigLimits(JObject? config, string name, string min = "min", string max = "max")
    {
        var limits = config?[name] as JObject;
        return (Positive(ConfigInt(limits, min)), Positive(ConfigInt(limits, max)));
    }

    public static int? Positive(int? number) => number > 0 ? number : null;

    public static bool IsBlockList(JObject obj) => obj.ContainsKey("layout") || obj.ContainsKey("contentData");

    private static bool BlockListIsEmpty(JObject obj) =>
        (obj["layout"] as JObject)?[BlockListLayoutKey] is not JArray { Count: > 0 }
        && obj["contentData"] is not JArray { Count: > 0 };

    public const string BlockListLayoutKey = "Umbraco.BlockList";
}
