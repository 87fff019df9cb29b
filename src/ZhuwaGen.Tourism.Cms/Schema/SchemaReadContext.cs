using System.Globalization;
using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// State shared by the element readers: the error list, the source map, and value parsers that report
/// problems instead of throwing so one pass finds every mistake in the file.
/// </summary>
internal sealed class SchemaReadContext
{
    private readonly List<SchemaError> _errors = [];

    public IReadOnlyList<SchemaError> Errors => _errors;

    public SchemaSourceMap Map { get; } = new();

    public int ErrorCount => _errors.Count;

    public void Error(XObject? at, string? item, string message) =>
        _errors.Add(new SchemaError(message, SchemaSourceMap.LineOf(at), item));

    /// <summary>Records the item's line, and marks it faulty when reading it added errors.</summary>
    public T Track<T>(T item, XElement element, int errorsBefore)
        where T : notnull
    {
        Map.Record(item, element);
        if (_errors.Count > errorsBefore)
        {
            Map.MarkFaulty(item);
        }

        return item;
    }

    public static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;

    public static string? AttributeText(XElement element, string name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Text kept verbatim (descriptions, regexes) where surrounding whitespace may matter.</summary>
    public static string? RawText(XElement? element) => element?.Value is { Length: > 0 } text ? text : null;

    public string? RequiredAttribute(XElement element, string name, string? item)
    {
        var value = element.Attribute(name)?.Value.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Error(element, item, $"<{element.Name.LocalName}> is missing the required '{name}' attribute.");
            return null;
        }

        return value;
    }

    public string? RequiredText(XElement parent, string name, string? item)
    {
        var value = Text(parent.Element(name));
        if (value is null)
        {
            Error(parent, item, $"<{parent.Name.LocalName}> is missing the required <{name}> element.");
        }

        return value;
    }

    /// <summary>A failed key falls back to a fresh GUID so one bad key does not also show up as a duplicate.</summary>
    public Guid KeyAttribute(XElement element, string? item)
    {
        var text = RequiredAttribute(element, "Key", item);
        return text is null ? Guid.NewGuid() : ParseGuid(text, element, item, "Key");
    }

    public Guid RequiredGuid(XElement parent, string name, string? item)
    {
        var text = RequiredText(parent, name, item);
        return text is null ? Guid.NewGuid() : ParseGuid(text, parent.Element(name), item, name);
    }

    public Guid ParseGuid(string text, XObject? at, string? item, string what)
    {
        if (Guid.TryParse(text, out var key))
        {
            return key;
        }

        Error(at, item, $"{what} '{text}' is not a valid GUID.");
        return Guid.NewGuid();
    }

    public bool Bool(XElement parent, string name, bool fallback, string? item)
    {
        var element = parent.Element(name);
        var text = Text(element);
        if (text is null)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(element, item, $"<{name}> must be True or False, not '{text}'.");
        return fallback;
    }

    public int Int(XObject? at, string? text, int fallback, string? item, string what)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(at, item, $"{what} must be a whole number, not '{text}'.");
        return fallback;
    }

    public ContentVariation Variations(XElement parent, string? item)
    {
        var element = parent.Element("Variations");
        var text = Text(element);
        if (text is null)
        {
            return ContentVariation.Nothing;
        }

        // Enum.TryParse alone would also accept numbers like "3", which uSync never writes.
        foreach (var variation in Enum.GetValues<ContentVariation>())
        {
            if (string.Equals(variation.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return variation;
            }
        }

        Error(element, item,
            $"Unknown Variations value '{text}' (expected Nothing, Culture, Segment or CultureAndSegment).");
        return ContentVariation.Nothing;
    }

    /// <summary>Maps pre-v14 editor aliases to their current names; unknown aliases are left for the validator.</summary>
    public static string CurrentEditorAlias(string alias) =>
        PropertyEditorAliases.Legacy.TryGetValue(alias, out var current) ? current : alias;
}
