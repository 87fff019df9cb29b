using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Defaults for the parts most editors do not have: no query kind, no search text, no configuration rules.</summary>
internal abstract class PropertyEditor : IPropertyEditor
{
    public abstract IReadOnlyCollection<string> Aliases { get; }

    public virtual FieldKind? QueryKind => null;

    public abstract void Validate(JToken value, JObject config, EditorValidationContext context);

    public abstract object? Convert(JToken? value, PropertyConversion conversion);

    public virtual IEnumerable<string> SearchText(JToken value) => [];

    public virtual void CheckDataType(ContentSchema schema, DataType dataType, SchemaErrorSink sink)
    {
    }
}
