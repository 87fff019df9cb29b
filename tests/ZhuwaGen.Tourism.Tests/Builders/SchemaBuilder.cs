using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>
/// Fluent test data for a <see cref="ContentSchema"/>. Keys are derived from aliases (<see cref="TestKeys"/>),
/// so block configuration can name element types by <c>TestKeys.ContentType("alias")</c> before they are added.
/// </summary>
public sealed class SchemaBuilder
{
    public const string DefaultCulture = "zh-Hans";

    private readonly List<Language> _languages = [];
    private readonly List<DataType> _dataTypes = [];
    private readonly List<ContentTypeBuilder> _contentTypes = [];

    /// <summary>The site's usual languages: zh-Hans (default, mandatory), en and bo, both falling back to zh-Hans.</summary>
    public SchemaBuilder WithLanguages() =>
        WithLanguage(DefaultCulture, isDefault: true, isMandatory: true)
            .WithLanguage("en", fallbackIsoCode: DefaultCulture)
            .WithLanguage("bo", fallbackIsoCode: DefaultCulture);

    public SchemaBuilder WithLanguage(string isoCode, bool isDefault = false, bool isMandatory = false, string? fallbackIsoCode = null)
    {
        _languages.Add(new Language(TestKeys.Language(isoCode), isoCode, isoCode, isDefault, isMandatory, fallbackIsoCode));
        return this;
    }

    /// <summary>A data type with key <c>TestKeys.DataType(alias)</c>; properties refer to it by alias.</summary>
    public SchemaBuilder AddDataType(string alias, string editorAlias, JObject? config = null)
    {
        _dataTypes.Add(new DataType(TestKeys.DataType(alias), alias, alias, editorAlias, null, config ?? []));
        return this;
    }

    /// <summary>A document type with key <c>TestKeys.ContentType(alias)</c>.</summary>
    public SchemaBuilder AddContentType(string alias, Action<ContentTypeBuilder>? configure = null) =>
        Add(alias, isElement: false, configure);

    /// <summary>An element type (for blocks) with key <c>TestKeys.ContentType(alias)</c>.</summary>
    public SchemaBuilder AddElementType(string alias, Action<ContentTypeBuilder>? configure = null) =>
        Add(alias, isElement: true, configure);

    public ContentSchema Build() => new(_languages.ToList(), _dataTypes.ToList(), _contentTypes.Select(t => t.Build()).ToList());

    /// <summary>The key of a data type added by alias, or of the editor's shared default data type (created on first use).</summary>
    internal Guid DataTypeKey(string? dataTypeAlias, string editorAlias)
    {
        var alias = dataTypeAlias ?? "default:" + editorAlias;
        if (_dataTypes.FirstOrDefault(d => d.Alias == alias) is { } existing)
        {
            return existing.Key;
        }

        if (dataTypeAlias is not null)
        {
            throw new InvalidOperationException($"Add data type '{dataTypeAlias}' before the properties that use it.");
        }

        AddDataType(alias, editorAlias);
        return TestKeys.DataType(alias);
    }

    private SchemaBuilder Add(string alias, bool isElement, Action<ContentTypeBuilder>? configure)
    {
        var builder = new ContentTypeBuilder(this, alias, isElement);
        configure?.Invoke(builder);
        _contentTypes.Add(builder);
        return this;
    }
}
