using System.Xml;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Writes one &lt;ContentType&gt; in uSync v14 element order.</summary>
internal static class ContentTypeElementWriter
{
    public static XElement Write(ContentSchema schema, ContentType type) =>
        new("ContentType",
            new XAttribute("Key", type.Key.ToString("D")),
            new XAttribute("Alias", type.Alias),
            new XAttribute("Level", 1),
            WriteInfo(schema, type),
            new XElement("Structure", type.AllowedChildren.Select((alias, index) =>
                new XElement("ContentType",
                    new XAttribute("Key", KeyOf(schema, alias)),
                    new XAttribute("SortOrder", index),
                    alias))),
            new XElement("GenericProperties", type.Properties
                .OrderBy(p => p.SortOrder)
                .ThenBy(p => p.Alias, StringComparer.Ordinal)
                .Select(p => WriteProperty(schema, type, p))),
            new XElement("Tabs", type.Groups
                .OrderBy(g => g.SortOrder)
                .ThenBy(g => g.Alias, StringComparer.Ordinal)
                .Select(WriteTab)));

    private static XElement WriteInfo(ContentSchema schema, ContentType type) =>
        new("Info",
            new XElement("Name", type.Name),
            new XElement("Icon", type.Icon),
            new XElement("Thumbnail", "folder.png"),
            new XElement("Description", type.Description ?? string.Empty),
            new XElement("AllowAtRoot", SchemaFileWriter.InfoFlag(type.AllowAtRoot)),
            new XElement("ListView", Guid.Empty.ToString("D")),
            new XElement("Variations", type.Variations.ToString()),
            new XElement("IsElement", SchemaFileWriter.InfoFlag(type.IsElement)),
            new XElement("Compositions", type.Compositions.Select(alias =>
                new XElement("Composition", new XAttribute("Key", KeyOf(schema, alias)), alias))),
            new XElement("DefaultTemplate", string.Empty),
            new XElement("AllowedTemplates"));

    private static XElement WriteProperty(ContentSchema schema, ContentType type, PropertyType property) =>
        new("GenericProperty",
            new XElement("Key", property.Key.ToString("D")),
            new XElement("Name", property.Name),
            new XElement("Alias", property.Alias),
            new XElement("Definition", property.DataTypeKey.ToString("D")),
            new XElement("Type", property.EditorAlias),
            new XElement("Mandatory", XmlConvert.ToString(property.Mandatory)),
            new XElement("Validation", property.ValidationRegex ?? string.Empty),
            new XElement("Description", new XCData(property.Description ?? string.Empty)),
            new XElement("SortOrder", property.SortOrder),
            WriteTabReference(schema, type, property.GroupAlias),
            new XElement("Variations", property.Variations.ToString()),
            new XElement("MandatoryMessage", property.MandatoryMessage ?? string.Empty),
            new XElement("ValidationRegExpMessage", property.ValidationRegexMessage ?? string.Empty),
            new XElement("LabelOnTop", XmlConvert.ToString(property.LabelOnTop)));

    /// <summary>uSync's &lt;Tab Alias="alias"&gt;caption&lt;/Tab&gt;; the caption may come from a composition's group.</summary>
    private static XElement WriteTabReference(ContentSchema schema, ContentType type, string? groupAlias)
    {
        if (groupAlias is null)
        {
            return new XElement("Tab");
        }

        var group = type.Groups
            .Concat(type.Compositions.Select(schema.FindContentType).OfType<ContentType>().SelectMany(c => c.Groups))
            .FirstOrDefault(g => string.Equals(g.Alias, groupAlias, StringComparison.OrdinalIgnoreCase));
        return new XElement("Tab", new XAttribute("Alias", groupAlias), group?.Caption ?? groupAlias);
    }

    private static XElement WriteTab(PropertyGroup group) =>
        new("Tab",
            new XElement("Key", group.Key.ToString("D")),
            new XElement("Caption", group.Caption),
            new XElement("Alias", group.Alias),
            new XElement("Type", group.Type),
            new XElement("SortOrder", group.SortOrder));

    /// <summary>The referenced type's key, or the empty GUID when it does not exist (the alias is what counts).</summary>
    private static string KeyOf(ContentSchema schema, string alias) =>
        (schema.FindContentType(alias)?.Key ?? Guid.Empty).ToString("D");
}
