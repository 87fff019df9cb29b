using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>A content type's own properties, checked against its data types, groups, variation and compositions.</summary>
internal static class PropertyRules
{
    public static void Check(ContentSchema schema, ContentType type, SchemaErrorSink sink)
    {
        SchemaValidator.ReportDuplicates(type.Properties, p => p.Alias, p => SchemaErrorSink.PropertyItem(type.Alias, p.Alias),
            "property alias", sink);

        var composed = ComposedProperties(schema, type);
        var groupAliases = GroupAliases(schema, type);
        foreach (var property in type.Properties)
        {
            var item = SchemaErrorSink.PropertyItem(type.Alias, property.Alias);
            if (composed.TryGetValue(property.Alias, out var owner))
            {
                sink.Add(property, item, $"Property alias '{property.Alias}' is also defined by composition '{owner}'.");
            }

            CheckEditor(schema, property, item, sink);
            CheckVariation(type, property, item, sink);
            CheckRegex(property, item, sink);
            if (property.GroupAlias is { } group && !groupAliases.Contains(group))
            {
                sink.Add(property, item, $"Tab '{group}' is not a tab of '{type.Alias}' or its compositions.");
            }
        }
    }

    private static void CheckEditor(ContentSchema schema, PropertyType property, string item, SchemaErrorSink sink)
    {
        var known = PropertyEditorRegistry.Default.IsKnown(property.EditorAlias);
        if (!known)
        {
            sink.Add(property, item, $"Unknown property editor alias '{property.EditorAlias}'.");
        }

        var dataType = schema.FindDataType(property.DataTypeKey);
        if (dataType is null)
        {
            sink.Add(property, item, $"Definition {property.DataTypeKey:D} does not name a known data type.");
        }
        // An unknown alias is already reported above; a mismatch on top of it would only repeat the same mistake.
        else if (known && dataType.EditorAlias != property.EditorAlias && !sink.Map.IsFaulty(dataType))
        {
            sink.Add(property, item,
                $"Type '{property.EditorAlias}' does not match data type '{dataType.Alias}', which uses '{dataType.EditorAlias}'.");
        }
    }

    /// <summary>Umbraco only lets a property vary in ways its content type varies.</summary>
    private static void CheckVariation(ContentType type, PropertyType property, string item, SchemaErrorSink sink)
    {
        if (property.VariesByCulture && !type.VariesByCulture)
        {
            sink.Add(property, item,
                $"Property varies by culture but content type '{type.Alias}' does not (Variations {type.Variations}).");
        }

        if (VariesBySegment(property.Variations) && !VariesBySegment(type.Variations))
        {
            sink.Add(property, item,
                $"Property varies by segment but content type '{type.Alias}' does not (Variations {type.Variations}).");
        }
    }

    private static bool VariesBySegment(ContentVariation variation) =>
        variation is ContentVariation.Segment or ContentVariation.CultureAndSegment;

    private static void CheckRegex(PropertyType property, string item, SchemaErrorSink sink)
    {
        if (string.IsNullOrEmpty(property.ValidationRegex))
        {
            return;
        }

        try
        {
            _ = new Regex(property.ValidationRegex, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            sink.Add(property, item, $"Validation regex '{property.ValidationRegex}' does not compile: {ex.Message}");
        }
    }

    /// <summary>Alias → owning type for every property the type gets from its compositions (transitively).</summary>
    private static Dictionary<string, string> ComposedProperties(ContentSchema schema, ContentType type)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var composition in Compositions(schema, type))
        {
            foreach (var property in composition.Properties)
            {
                result.TryAdd(property.Alias, composition.Alias);
            }
        }

        return result;
    }

    private static HashSet<string> GroupAliases(ContentSchema schema, ContentType type) =>
        type.Groups.Concat(Compositions(schema, type).SelectMany(c => c.Groups))
            .Select(g => g.Alias)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>All types reachable through compositions, excluding the type itself, safe against cycles.</summary>
    private static List<ContentType> Compositions(ContentSchema schema, ContentType type)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { type.Alias };
        var result = new List<ContentType>();
        var pending = new Stack<string>(type.Compositions);
        while (pending.TryPop(out var alias))
        {
            if (seen.Add(alias) && schema.FindContentType(alias) is { } composition)
            {
                result.Add(composition);
                foreach (var next in composition.Compositions)
                {
                    pending.Push(next);
                }
            }
        }

        return result;
    }
}
