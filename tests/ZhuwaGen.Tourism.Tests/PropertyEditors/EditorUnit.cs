using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Tests.Documents.Validation;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors;

/// <summary>One editor's unit from the registry, with the four things its tests ask of it.</summary>
internal sealed class EditorUnit(string editorAlias)
{
    public IPropertyEditor Editor { get; } = PropertyEditorRegistry.Default.Find(editorAlias);

    public object? Convert(JToken? value, JObject? config = null, ContentSchema? schema = null) =>
        Editor.Convert(value, new PropertyConversion(schema ?? ContentSchema.Empty, config ?? []));

    public IReadOnlyList<PropertyValidationError> Validate(JToken? value, JObject? config = null) =>
        SingleProperty.Validate(editorAlias, value, config);

    public bool IsValid(JToken? value, JObject? config = null) => Validate(value, config).Count == 0;

    public string[] SearchText(JToken value) => Editor.SearchText(value).ToArray();

    public FieldKind? QueryKind => Editor.QueryKind;
}
