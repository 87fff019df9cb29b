using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>
/// Checks a document's names and property values against its type before a save. Collects every problem
/// rather than stopping at the first, so an editor can fix them all in one pass; never throws for bad input.
/// </summary>
public sealed class DocumentValidator
{
    public const string NameAlias = "name";
    public const int MaxNameLength = 255;

    private readonly PropertyValueValidator _properties;

    /// <summary>A validator that knows no forms (a forms picker's value is then always refused): the CMS alone.</summary>
    public DocumentValidator()
        : this(NoForms.Instance)
    {
    }

    /// <param name="forms">The forms a forms picker may pick; the Forms project registers the real catalogue.</param>
    public DocumentValidator(IFormCatalog forms) => _properties = new PropertyValueValidator(PropertyEditorRegistry.Default, forms);

    /// <param name="names">Culture → name of the item (for invariant types the key is the default culture).</param>
    /// <param name="cultures">The cultures being saved; mandatory and per-culture rules are checked for these.</param>
    public IReadOnlyList<PropertyValidationError> Validate(
        ContentSchema schema,
        ContentType type,
        IReadOnlyDictionary<string, string> names,
        IReadOnlyList<PropertyValue> values,
        IReadOnlyCollection<string> cultures)
    {
        var errors = new List<PropertyValidationError>();
        var savedCultures = KnownCultures(schema, cultures, errors);
        ValidateNames(schema, type, names, savedCultures, errors);

        var properties = schema.AllProperties(type)
            .GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byKey = ValueShape.Check(schema, type, properties, values, errors);

        foreach (var property in properties.Values)
        {
            if (property.VariesByCulture)
            {
                foreach (var culture in savedCultures)
                {
                    var value = byKey.GetValueOrDefault(ValueShape.Key(property.Alias, culture))?.Value;
                    _properties.Validate(schema, property, value, property.Alias, culture, errors);
                }
            }
            else
            {
                var value = byKey.GetValueOrDefault(ValueShape.Key(property.Alias, null))?.Value;
                _properties.Validate(schema, property, value, property.Alias, null, errors);
            }
        }

        return errors;
    }

    /// <summary>The requested cultures that are languages of the site, spelled as the schema spells them.</summary>
    private static List<string> KnownCultures(
        ContentSchema schema, IReadOnlyCollection<string> cultures, List<PropertyValidationError> errors)
    {
        var known = new List<string>();
        foreach (var culture in cultures.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (schema.FindLanguage(culture) is { } language)
            {
                known.Add(language.IsoCode);
            }
            else
            {
                errors.Add(new PropertyValidationError(NameAlias, culture, $"'{culture}' is not a language of this site."));
            }
        }

        return known;
    }

    private static void ValidateNames(
        ContentSchema schema,
        ContentType type,
        IReadOnlyDictionary<string, string> names,
        List<string> cultures,
        List<PropertyValidationError> errors)
    {
        if (!type.VariesByCulture)
        {
            ValidateName(Lookup(names, schema.DefaultCulture), null, errors);
            return;
        }

        foreach (var culture in cultures)
        {
            ValidateName(Lookup(names, culture), culture, errors);
        }
    }

    private static void ValidateName(string? name, string? culture, List<PropertyValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new PropertyValidationError(NameAlias, culture, "Enter a name."));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new PropertyValidationError(NameAlias, culture, $"The name exceeds the maximum of {MaxNameLength} characters."));
        }
    }

    // Callers build the dictionary with whatever comparer they like; cultures are case-insensitive everywhere else.
    private static string? Lookup(IReadOnlyDictionary<string, string> names, string culture) =>
        names.TryGetValue(culture, out var name)
            ? name
            : names.FirstOrDefault(n => string.Equals(n.Key, culture, StringComparison.OrdinalIgnoreCase)).Value;
}
