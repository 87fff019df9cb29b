using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Applies an edit to the current draft and validates the result: the names and (alias, culture) values the edit
/// gives replace the draft's, everything else stays, and values of properties the schema no longer has are dropped.
/// </summary>
public sealed class DocumentEditMerger(DocumentValidator validator)
{
    public Prepared Merge(
        ContentSchema schema,
        ContentType type,
        DocumentData current,
        IReadOnlyDictionary<string, string> names,
        IReadOnlyList<PropertyValue> values)
    {
        var defaultCulture = schema.DefaultCulture;
        var normalizedNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, name) in names)
        {
            var language = type.VariesByCulture ? schema.FindLanguage(culture) : schema.FindLanguage(defaultCulture);
            if (language is null)
            {
                return new Prepared(ContentEditingOperationStatus.InvalidCulture, current, [], [new PropertyValidationError("name", culture, $"'{culture}' is not a language of this site.")]);
            }

            normalizedNames[language.IsoCode] = (name ?? string.Empty).Trim();
        }

        if (!type.VariesByCulture && normalizedNames.Count > 1)
        {
            return new Prepared(ContentEditingOperationStatus.ContentTypeCultureVarianceMismatch, current, [], []);
        }

        var mergedNames = new Dictionary<string, string>(current.Names, StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, name) in normalizedNames)
        {
            mergedNames[culture] = name;
        }

        // A culture is touched by naming it or by setting one of its values; every touched culture needs a name,
        // and an edit of invariant values alone is checked against every culture the item already has.
        var cultures = normalizedNames.Keys
            .Concat(values.Where(v => v.Culture is not null).Select(v => schema.FindLanguage(v.Culture!)?.IsoCode ?? v.Culture!))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (cultures.Count == 0)
        {
            cultures = mergedNames.Keys.ToList();
        }

        // Values of properties the schema no longer has (an import allowed to lose them) are dropped here.
        var known = schema.AllProperties(type).Select(p => p.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var editedKeys = values.Select(v => (v.Alias.ToLowerInvariant(), v.Culture?.ToLowerInvariant())).ToHashSet();
        var mergedValues = current.Values
            .Where(v => known.Contains(v.Alias) && !editedKeys.Contains((v.Alias.ToLowerInvariant(), v.Culture?.ToLowerInvariant())))
            .Concat(values.Where(v => v.Value is not null && v.Value.Type != JTokenType.Null))
            .ToList();
        var toValidate = mergedValues
            .Where(v => v.Culture is null || cultures.Contains(v.Culture, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var errors = validator.Validate(schema, type, mergedNames, toValidate, cultures);
        var data = new DocumentData(mergedNames, current.Segments, mergedValues);
        return errors.Count > 0
            ? new Prepared(ContentEditingOperationStatus.PropertyValidationError, data, cultures, errors)
            : new Prepared(ContentEditingOperationStatus.Success, data, cultures, errors);
    }

    public sealed record Prepared(
        ContentEditingOperationStatus Status,
        DocumentData Data,
        IReadOnlyList<string> Cultures,
        IReadOnlyList<PropertyValidationError> Errors);
}
