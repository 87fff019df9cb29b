using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Everything one property editor means, in one place: how a saved value is checked, what a stored value is as a
/// typed value (for views, the published-content layer and the Delivery renderer), how the query engine compares it,
/// what a visitor can search in it and what its data type configuration must hold.
/// </summary>
internal interface IPropertyEditor
{
    /// <summary>The editor aliases this unit answers for (current names; legacy ones are mapped on import).</summary>
    IReadOnlyCollection<string> Aliases { get; }

    /// <summary>Checks a non-empty value (mandatory, regex and URL-name rules are the caller's); never throws.</summary>
    void Validate(JToken value, JObject config, EditorValidationContext context);

    /// <summary>The stored value as a typed value; never throws for a malformed value (it converts to "nothing").</summary>
    object? Convert(JToken? value, PropertyConversion conversion);

    /// <summary>How the query engine filters and sorts by this property, or null when it cannot be queried.</summary>
    FieldKind? QueryKind { get; }

    /// <summary>The text a visitor can find this value by (plain text, no markup); empty for non-text editors.</summary>
    IEnumerable<string> SearchText(JToken value);

    /// <summary>Editor-specific rules on a data type's configuration, reported to <paramref name="sink"/>.</summary>
    void CheckDataType(ContentSchema schema, DataType dataType, SchemaErrorSink sink);
}

/// <summary>What a converter may read besides the value: the schema (element types of blocks) and the data type's configuration.</summary>
internal sealed record PropertyConversion(ContentSchema Schema, JObject Config);
