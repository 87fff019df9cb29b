using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Reads a content type's &lt;Tabs&gt; and &lt;GenericProperties&gt;.</summary>
internal static class PropertyElementReader
{
    public static List<PropertyGroup> ReadTabs(XElement? tabs, string typeAlias, SchemaReadContext context)
    {
        var groups = new List<PropertyGroup>();
        if (tabs is null)
        {
            return groups;
        }

        var position = 0;
        foreach (var element in tabs.Elements())
        {
            if (element.Name.LocalName != "Tab")
            {
                context.Error(element, SchemaErrorSink.ContentTypeItem(typeAlias),
                    $"Unexpected <{element.Name.LocalName}> in <Tabs>; expected <Tab>.");
            }
            else if (ReadTab(element, typeAlias, position, context) is { } group)
            {
                groups.Add(group);
            }

            position++;
        }

        return groups;
    }

    private static PropertyGroup? ReadTab(XElement element, string typeAlias, int position, SchemaReadContext context)
    {
        var before = context.ErrorCount;
        var alias = context.RequiredText(element, "Alias", SchemaErrorSink.ContentTypeItem(typeAlias));
        if (alias is null)
        {
            return null;
        }

        var item = SchemaErrorSink.TabItem(typeAlias, alias);
        var typeElement = element.Element("Type");
        var groupType = SchemaReadContext.Text(typeElement) ?? "Group";
        if (string.Equals(groupType, "Group", StringComparison.OrdinalIgnoreCase))
        {
            groupType = "Group";
        }
        else if (string.Equals(groupType, "Tab", StringComparison.OrdinalIgnoreCase))
        {
            groupType = "Tab";
        }
        else
        {
            context.Error(typeElement, item, $"Tab Type must be Group or Tab, not '{groupType}'.");
        }

        var sortElement = element.Element("SortOrder");
        var group = new PropertyGroup(
            context.RequiredGuid(element, "Key", item),
            alias,
            SchemaReadContext.Text(element.Element("Caption")) ?? alias,
            groupType,
            context.Int(sortElement, SchemaReadContext.Text(sortElement), position, item, "SortOrder"));
        return context.Track(group, element, before);
    }

    /// <summary>
    /// Reads the properties, ordered by SortOrder then alias (the writer's order). A property naming a group that
    /// &lt;Tabs&gt; does not declare gets one added, so hand-written files may leave &lt;Tabs&gt; out.
    /// </summary>
    public static List<PropertyType> ReadProperties(
        XElement? list, Guid typeKey, string typeAlias, List<PropertyGroup> groups, SchemaReadContext context)
    {
        var properties = new List<PropertyType>();
        if (list is null)
        {
            return properties;
        }

        var position = 0;
        foreach (var element in list.Elements())
        {
            if (element.Name.LocalName != "GenericProperty")
            {
                context.Error(element, SchemaErrorSink.ContentTypeItem(typeAlias),
                    $"Unexpected <{element.Name.LocalName}> in <GenericProperties>; expected <GenericProperty>.");
            }
            else if (ReadProperty(element, typeKey, typeAlias, position, groups, context) is { } property)
            {
                properties.Add(property);
            }

            position++;
        }

        return properties.OrderBy(p => p.SortOrder).ThenBy(p => p.Alias, StringComparer.Ordinal).ToList();
    }

    private static PropertyType? ReadProperty(
        XElement element, Guid typeKey, string typeAlias, int position, List<PropertyGroup> groups,
        SchemaReadContext context)
    {
        var before = context.ErrorCount;
        var alias = context.RequiredText(element, "Alias", SchemaErrorSink.ContentTypeItem(typeAlias));
        if (alias is null)
        {
            return null;
        }

        var item = SchemaErrorSink.PropertyItem(typeAlias, alias);
        var sortElement = element.Element("SortOrder");
        var property = new PropertyType(
            context.RequiredGuid(element, "Key", item),
            alias,
            context.RequiredText(element, "Name", item) ?? alias,
            context.RequiredGuid(element, "Definition", item),
            SchemaReadContext.CurrentEditorAlias(context.RequiredText(element, "Type", item) ?? string.Empty),
            context.Bool(element, "Mandatory", false, item),
            SchemaReadContext.RawText(element.Element("Validation")),
            SchemaReadContext.RawText(element.Element("Description")),
            context.Int(sortElement, SchemaReadContext.Text(sortElement), position, item, "SortOrder"),
            ReadGroupAlias(element.Element("Tab"), typeKey, groups),
            context.Variations(element, item),
            SchemaReadContext.RawText(element.Element("MandatoryMessage")),
            SchemaReadContext.RawText(element.Element("ValidationRegExpMessage")),
            context.Bool(element, "LabelOnTop", false, item));
        return context.Track(property, element, before);
    }

    /// <summary>uSync v14 writes the group alias as an attribute; older files only have the caption as text.</summary>
    private static string? ReadGroupAlias(XElement? tab, Guid typeKey, List<PropertyGroup> groups)
    {
        if (tab is null)
        {
            return null;
        }

        var caption = SchemaReadContext.Text(tab);
        var alias = SchemaReadContext.AttributeText(tab, "Alias") ?? caption;
        if (alias is null)
        {
            return null;
        }

        if (groups.FirstOrDefault(g => string.Equals(g.Alias, alias, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return known.Alias;
        }

        var sortOrder = groups.Count == 0 ? 0 : groups.Max(g => g.SortOrder) + 1;
        groups.Add(new PropertyGroup(DerivedKey(typeKey, alias), alias, caption ?? alias, "Group", sortOrder));
        return alias;
    }

    /// <summary>Deterministic so that reading the same hand-written file twice gives the same group keys.</summary>
    private static Guid DerivedKey(Guid typeKey, string alias)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{typeKey:D}/{alias}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
