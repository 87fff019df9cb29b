using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>Fluent test data for one <see cref="ContentType"/>; obtained from <see cref="SchemaBuilder.AddContentType"/>.</summary>
public sealed class ContentTypeBuilder
{
    private readonly SchemaBuilder _schema;
    private readonly string _alias;
    private readonly bool _isElement;
    private readonly List<PropertyType> _properties = [];
    private readonly List<string> _compositions = [];
    private readonly List<string> _allowedChildren = [];
    private ContentVariation _variations = ContentVariation.Nothing;
    private bool _allowAtRoot;

    internal ContentTypeBuilder(SchemaBuilder schema, string alias, bool isElement)
    {
        _schema = schema;
        _alias = alias;
        _isElement = isElement;
    }

    public ContentTypeBuilder VariesByCulture()
    {
        _variations = ContentVariation.Culture;
        return this;
    }

    public ContentTypeBuilder AllowAtRoot()
    {
        _allowAtRoot = true;
        return this;
    }

    public ContentTypeBuilder ComposedOf(params string[] compositionAliases)
    {
        _compositions.AddRange(compositionAliases);
        return this;
    }

    public ContentTypeBuilder AllowChildren(params string[] childTypeAliases)
    {
        _allowedChildren.AddRange(childTypeAliases);
        return this;
    }

    /// <summary>
    /// Adds a property. Its data type is <paramref name="dataType"/> (an alias added to the schema earlier) when given;
    /// otherwise a data type of its own when <paramref name="config"/> is given; otherwise the editor's shared default.
    /// </summary>
    public ContentTypeBuilder AddProperty(
        string alias,
        string editorAlias,
        bool mandatory = false,
        bool variesByCulture = false,
        JObject? config = null,
        string? dataType = null,
        string? validationRegex = null,
        string? validationRegexMessage = null,
        string? mandatoryMessage = null)
    {
        if (config is not null && dataType is null)
        {
            dataType = $"{_alias}.{alias}";
            _schema.AddDataType(dataType, editorAlias, config);
        }

        _properties.Add(new PropertyType(
            TestKeys.For($"property:{_alias}.{alias}"),
            alias,
            alias,
            _schema.DataTypeKey(dataType, editorAlias),
            editorAlias,
            Mandatory: mandatory,
            ValidationRegex: validationRegex,
            SortOrder: _properties.Count,
            Variations: variesByCulture ? ContentVariation.Culture : ContentVariation.Nothing,
            MandatoryMessage: mandatoryMessage,
            ValidationRegexMessage: validationRegexMessage));
        return this;
    }

    internal ContentType Build() => new(
        TestKeys.ContentType(_alias),
        _alias,
        _alias,
        _isElement ? "icon-brick" : "icon-document",
        null,
        _allowAtRoot,
        _isElement,
        _variations,
        _compositions.ToList(),
        _allowedChildren.ToList(),
        _properties.ToList(),
        []);
}
