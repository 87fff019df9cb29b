using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Routing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>
/// The rules for one value of one property, shared by documents and the elements inside block editors:
/// mandatory, validation regex, the umbracoUrlName segment rule and the editor's own rules (its unit in
/// <see cref="PropertyEditorRegistry"/>).
/// </summary>
internal sealed class PropertyValueValidator
{
    public const string UrlNameAlias = "umbracoUrlName";

    private readonly PropertyEditorRegistry _editors;
    private readonly IFormCatalog _forms;

    public PropertyValueValidator(PropertyEditorRegistry editors, IFormCatalog forms)
    {
        _editors = editors;
        _forms = forms;
    }

    public void Validate(
        ContentSchema schema,
        PropertyType property,
        JToken? value,
        string aliasPath,
        string? culture,
        List<PropertyValidationError> errors)
    {
        if (JsonValues.IsEmpty(value))
        {
            if (property.Mandatory)
            {
                var message = string.IsNullOrWhiteSpace(property.MandatoryMessage)
                    ? "Value cannot be empty."
                    : property.MandatoryMessage;
                errors.Add(new PropertyValidationError(aliasPath, culture, message));
            }

            return;
        }

        var dataType = schema.FindDataType(property.DataTypeKey);
        var editorAlias = Canonical(dataType?.EditorAlias ?? property.EditorAlias);
        var context = new EditorValidationContext(schema, editorAlias, aliasPath, culture, errors, this, _forms);
        CheckRegex(property, value!, context);
        CheckUrlName(property, value!, context);
        _editors.Find(editorAlias).Validate(value!, dataType?.Config ?? [], context);
    }

    private static void CheckRegex(PropertyType property, JToken value, EditorValidationContext context)
    {
        if (string.IsNullOrEmpty(property.ValidationRegex) || value.Type != JTokenType.String)
        {
            return;
        }

        // A broken pattern is a schema fault the editor cannot fix, so it must not block the save.
        if (EditorPattern.Test(value.Value<string>() ?? string.Empty, property.ValidationRegex) == PatternOutcome.DoesNotMatch)
        {
            context.Fail(string.IsNullOrWhiteSpace(property.ValidationRegexMessage)
                ? "Value is invalid, it does not match the correct pattern"
                : property.ValidationRegexMessage);
        }
    }

    private static void CheckUrlName(PropertyType property, JToken value, EditorValidationContext context)
    {
        if (string.Equals(property.Alias, UrlNameAlias, StringComparison.OrdinalIgnoreCase)
            && JsonValues.TryGetString(value, out var segment)
            && !UrlSegments.IsValid(segment))
        {
            context.Fail("Enter a URL name with letters, digits and hyphens only.");
        }
    }

    private static string Canonical(string editorAlias) =>
        PropertyEditorAliases.Legacy.GetValueOrDefault(editorAlias, editorAlias);
}
