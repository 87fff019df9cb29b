using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.RichText: {"markup", "blocks"} or bare markup, converted to <see cref="RichTextMarkup"/>; not searched (markup).</summary>
internal sealed class RichTextEditor : TextEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.RichText];

    public override object? Convert(JToken? value, PropertyConversion conversion) =>
        new RichTextMarkup((value is JObject rich ? StoredValues.Text(rich["markup"]) : StoredValues.Text(value)) ?? string.Empty);

    public override IEnumerable<string> SearchText(JToken value) => [];
}
