using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Data type config as uSync writes it: keys sorted, two-space indent, LF line ends, so diffs stay small.</summary>
internal static class ConfigJson
{
    /// <summary>Reads stored config the way the schema file is read: dates and floats stay as written.</summary>
    public static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return (JObject)JToken.ReadFrom(reader);
    }

    public static string Format(JObject config)
    {
        using var text = new StringWriter { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            Sorted(config).WriteTo(writer);
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static JToken Sorted(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token.DeepClone(),
    };
}
