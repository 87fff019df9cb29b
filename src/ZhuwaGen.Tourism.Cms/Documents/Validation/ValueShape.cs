using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>
/// The structural rules on a list of values: known aliases, a culture exactly where the property varies,
/// known cultures, and one value per (alias, culture). Returns the usable values by <see cref="Key"/>.
/// </summary>
internal static class ValueShape
{
    public static Dictionary<string, PropertyValue> Check(
        ContentSchema schema,
        ContentType type,
        IReadOnlyDictionary<string, PropertyType> properties,
        IReadOnlyList<PropertyValue> values,
        List<PropertyValidationError> errors)
    {
        var byKey = new Dictionary<string, PropertyValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (!properties.TryGetValue(value.Alias, out var property))
            {
                errors.Add(new PropertyValidationError(value.Alias, value.Culture, $"'{type.Alias}' has no property '{value.Alias}'."));
                continue;
            }

            if (!property.VariesByCulture && value.Culture is not null)
            {
                errors.Add(new PropertyValidationError(value.Alias, null, "This property is the same in every language; send it without a culture."));
                continue;
            }

            if (property.VariesByCulture && value.Culture is null)
            {
                errors.Add(new PropertyValidationError(value.Alias, null, "This property varies by language; send it with a culture."));
                continue;
            }

            var culture = value.Culture is null ? null : schema.FindLanguage(value.Culture)?.IsoCode;
            if (value.Culture is not null && culture is null)
            {
                errors.Add(new PropertyValidationError(value.Alias, value.Culture, $"'{value.Culture}' is not a language of this site."));
                continue;
            }

            if (!byKey.TryAdd(Key(property.Alias, culture), value))
            {
                errors.Add(new PropertyValidationError(value.Alias, culture, "This value is sent more than once; send it once."));
            }
        }

        return byKey;
    }

    public static string Key(string alias, string? culture) => $"{alias}\n{culture}";
}
