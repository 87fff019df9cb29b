using System.Xml.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Reads the &lt;DataTypes&gt; section (uSync DataType shape).</summary>
internal static class DataTypeElementReader
{
    public static List<DataType> ReadAll(XElement section, SchemaReadContext context)
    {
        var dataTypes = new List<DataType>();
        foreach (var element in section.Elements())
        {
            if (element.Name.LocalName != "DataType")
            {
                context.Error(element, null, $"Unexpected <{element.Name.LocalName}> in <DataTypes>; expected <DataType>.");
                continue;
            }

            if (Read(element, context) is { } dataType)
            {
                dataTypes.Add(dataType);
            }
        }

        return dataTypes;
    }

    private static DataType? Read(XElement element, SchemaReadContext context)
    {
        var before = context.ErrorCount;
        var alias = context.RequiredAttribute(element, "Alias", null);
        if (alias is null)
        {
            return null;
        }

        var item = SchemaErrorSink.DataTypeItem(alias);
        var key = context.KeyAttribute(element, item);
        var info = element.Element("Info");
        if (info is null)
        {
            context.Error(element, item, "<DataType> is missing the required <Info> element.");
            info = new XElement("Info");
        }

        var dataType = new DataType(
            key,
            alias,
            context.RequiredText(info, "Name", item) ?? alias,
            SchemaReadContext.CurrentEditorAlias(context.RequiredText(info, "EditorAlias", item) ?? string.Empty),
            SchemaReadContext.Text(info.Element("EditorUIAlias")),
            ReadConfig(element.Element("Config"), context, item),
            SchemaReadContext.Text(info.Element("Folder")));
        return context.Track(dataType, element, before);
    }

    private static JObject ReadConfig(XElement? config, SchemaReadContext context, string item)
    {
        var json = SchemaReadContext.Text(config);
        if (json is null)
        {
            return [];
        }

        try
        {
            // Dates and floats stay as written so a read/write round trip does not reformat them.
            using var reader = new JsonTextReader(new StringReader(json))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            var token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                context.Error(config, item, "<Config> has text after the JSON object.");
            }
            else if (token is JObject obj)
            {
                return obj;
            }
            else
            {
                context.Error(config, item, "<Config> must hold a JSON object.");
            }
        }
        catch (JsonException ex)
        {
            context.Error(config, item, $"<Config> is not valid JSON: {ex.Message}");
        }

        return [];
    }
}
