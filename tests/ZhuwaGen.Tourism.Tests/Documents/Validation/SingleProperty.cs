using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

/// <summary>Validates one invariant value of one property on a named page: the shape of most editor tests.</summary>
internal static class SingleProperty
{
    public const string Alias = "field";

    public static IReadOnlyList<PropertyValidationError> Validate(
        string editorAlias, JToken? value, JObject? config = null, bool mandatory = false,
        string? validationRegex = null, string? validationRegexMessage = null, string alias = Alias)
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("page", t => t.AddProperty(alias, editorAlias, mandatory, config: config,
                validationRegex: validationRegex, validationRegexMessage: validationRegexMessage))
            .Build();
        var values = new PropertyValuesBuilder().Invariant(alias, value).Build();
        return new DocumentValidator().Validate(
            schema, schema.FindContentType("page")!, Names.Default("Page"), values, [SchemaBuilder.DefaultCulture]);
    }

    public static void AssertValid(string editorAlias, JToken? value, JObject? config = null) =>
        Assert.Empty(Validate(editorAlias, value, config));

    public static PropertyValidationError AssertInvalid(string editorAlias, JToken? value, JObject? config = null) =>
        Assert.Single(Validate(editorAlias, value, config), e => e.Alias == Alias);
}

internal static class Names
{
    public static Dictionary<string, string> Default(string name) => new() { [SchemaBuilder.DefaultCulture] = name };
}
