using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>Checks the shape and configured limits of a non-empty value for one family of property editors.</summary>
internal interface IEditorValidator
{
    IReadOnlyCollection<string> EditorAliases { get; }

    void Validate(JToken value, JObject config, EditorValidationContext context);
}
