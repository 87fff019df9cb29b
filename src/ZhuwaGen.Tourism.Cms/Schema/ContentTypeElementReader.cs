using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Reads the &lt;ContentTypes&gt; section (uSync ContentType shape).</summary>
internal static class ContentTypeElementReader
{
    public const string DefaultIcon = "icon-document";

    public static List<ContentType> ReadAll(XElement section, SchemaReadContext context)
    {
        var types = new List<ContentType>();
        foreach (var element in section.Elements())
        {
            if (element.Name.LocalName != "ContentType")
            {
                context.Error(element, null,
                    $"Unexpected <{element.Name.LocalName}> in <ContentTypes>; expected <ContentType>.");
                continue;
            }

            if (Read(element, context) is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }

    private static ContentType? Read(XElement element, SchemaReadContext context)
    {
        var before = context.ErrorCount;
        var alias = context.RequiredAttribute(element, "Alias", null);
        if (alias is null)
        {
            return null;
        }

        var item = SchemaErrorSink.ContentTypeItem(alias);
        var key = context.KeyAttribute(element, item);
        var info = element.Element("Info");
        if (info is null)
        {
            context.Error(element, item, "<ContentType> is missing the required <Info> element.");
            info = new XElement("Info");
        }

        var groups = PropertyElementReader.ReadTabs(element.Element("Tabs"), alias, context);
        var properties = PropertyElementReader.ReadProperties(
            element.Element("GenericProperties"), key, alias, groups, context);

        var type = new ContentType(
            key,
            alias,
            context.RequiredText(info, "Name", item) ?? alias,
            SchemaReadContext.Text(info.Element("Icon")) ?? DefaultIcon,
            SchemaReadContext.RawText(info.Element("Description")),
            context.Bool(info, "AllowAtRoot", false, item),
            context.Bool(info, "IsElement", false, item),
            context.Variations(info, item),
            ReadReferences(info.Element("Compositions"), "Composition", item, context),
            ReadStructure(element.Element("Structure"), item, context),
            properties,
            groups.OrderBy(g => g.SortOrder).ThenBy(g => g.Alias, StringComparer.Ordinal).ToList());
        return context.Track(type, element, before);
    }

    /// <summary>Allowed children in their SortOrder; entries without one keep their position.</summary>
    private static List<string> ReadStructure(XElement? structure, string item, SchemaReadContext context)
    {
        if (structure is null)
        {
            return [];
        }

        var entries = new List<(int SortOrder, int Position, string Alias)>();
        var position = 0;
        foreach (var child in structure.Elements())
        {
            if (ReadReference(child, "ContentType", item, context) is { } alias)
            {
                var sortOrder = context.Int(child, SchemaReadContext.AttributeText(child, "SortOrder"), position, item,
                    $"SortOrder of allowed child '{alias}'");
                entries.Add((sortOrder, position, alias));
            }

            position++;
        }

        return entries.OrderBy(e => e.SortOrder).ThenBy(e => e.Position).Select(e => e.Alias).ToList();
    }

    private static List<string> ReadReferences(XElement? list, string elementName, string item, SchemaReadContext context) =>
        list is null
            ? []
            : list.Elements().Select(e => ReadReference(e, elementName, item, context)).OfType<string>().ToList();

    /// <summary>
    /// A reference to another type by alias. The Key attribute uSync writes is redundant with the alias, so it is
    /// optional, but a malformed one is still reported.
    /// </summary>
    private static string? ReadReference(XElement element, string elementName, string item, SchemaReadContext context)
    {
        if (element.Name.LocalName != elementName)
        {
            context.Error(element, item,
                $"Unexpected <{element.Name.LocalName}> in <{element.Parent?.Name.LocalName}>; expected <{elementName}>.");
            return null;
        }

        if (SchemaReadContext.AttributeText(element, "Key") is { } key)
        {
            context.ParseGuid(key, element, item, $"{elementName} Key");
        }

        var alias = SchemaReadContext.Text(element);
        if (alias is null)
        {
            context.Error(element, item, $"<{elementName}> must contain a content type alias.");
        }

        return alias;
    }
}
