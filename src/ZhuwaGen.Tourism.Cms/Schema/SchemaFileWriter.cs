using System.Text;
using System.Xml;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// Writes a schema as umbraco.config in the full uSync shape. Output order is fixed (not the model's order) so that
/// writing the same schema always gives the same bytes and version-control diffs only show real changes.
/// </summary>
public static class SchemaFileWriter
{
    public static string Write(ContentSchema schema) => Write(schema, []);

    /// <summary>The schema, then the sections modules beside the CMS own (<see cref="ISchemaSection"/>), in order.</summary>
    public static string Write(ContentSchema schema, IEnumerable<XElement> moduleSections)
    {
        var root = new XElement("Umbraco",
            new XElement("Languages", schema.Languages
                .OrderByDescending(l => l.IsDefault)
                .ThenBy(l => l.IsoCode, StringComparer.OrdinalIgnoreCase)
                .ThenBy(l => l.IsoCode, StringComparer.Ordinal)
                .Select(WriteLanguage)),
            new XElement("DataTypes", schema.DataTypes
                .OrderBy(d => d.Alias, StringComparer.OrdinalIgnoreCase)
                .ThenBy(d => d.Alias, StringComparer.Ordinal)
                .Select(WriteDataType)),
            new XElement("ContentTypes", schema.ContentTypes
                .OrderBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
                .ThenBy(t => t.Alias, StringComparer.Ordinal)
                .Select(t => ContentTypeElementWriter.Write(schema, t))),
            moduleSections);
        return Serialize(new XDocument(new XDeclaration("1.0", "utf-8", null), root));
    }

    private static XElement WriteLanguage(Language language) =>
        new("Language",
            new XAttribute("Key", language.Key.ToString("D")),
            new XAttribute("Alias", language.IsoCode),
            new XAttribute("Level", 0),
            new XElement("IsoCode", language.IsoCode),
            new XElement("CultureName", language.CultureName),
            new XElement("IsDefault", InfoFlag(language.IsDefault)),
            new XElement("IsMandatory", InfoFlag(language.IsMandatory)),
            new XElement("Fallback", language.FallbackIsoCode ?? string.Empty));

    private static XElement WriteDataType(DataType dataType)
    {
        var info = new XElement("Info",
            new XElement("Name", dataType.Name),
            new XElement("EditorAlias", dataType.EditorAlias),
            new XElement("EditorUIAlias", dataType.EditorUiAlias ?? string.Empty));
        if (dataType.Folder is not null)
        {
            info.Add(new XElement("Folder", dataType.Folder));
        }

        return new XElement("DataType",
            new XAttribute("Key", dataType.Key.ToString("D")),
            new XAttribute("Alias", dataType.Alias),
            new XAttribute("Level", 1),
            info,
            new XElement("Config", new XCData(ConfigJson.Format(dataType.Config))));
    }

    /// <summary>uSync writes Info flags with bool.ToString(), hence "True"/"False".</summary>
    internal static string InfoFlag(bool value) => value ? "True" : "False";

    private static string Serialize(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, settings))
        {
            document.Save(writer);
        }

        return text.ToString() + "\n";
    }

    /// <summary>Makes the XML declaration say utf-8; a plain StringWriter would declare utf-16.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
