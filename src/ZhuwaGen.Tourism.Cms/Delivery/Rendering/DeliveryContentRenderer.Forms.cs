using System.Text.Json;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// The forms picker (contract §1.6): <c>{ "id": "&lt;form guid&gt;", "form": null }</c>, and with the property expanded
/// <c>form</c> is the form's definition in the request's culture, exactly as the Forms API's definition endpoint
/// serves it (or null when the form no longer exists).
/// </summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteFormPicker(Utf8JsonWriter writer, RenderContext context, PickedForm picked, bool expanded)
    {
        writer.WriteStartObject();
        writer.WriteString("id", picked.FormId.ToString("D"));
        writer.WritePropertyName("form");
        if (expanded && forms.DefinitionJson(picked.FormId, context.Culture, context.Snapshot) is { } definition)
        {
            writer.WriteRawValue(definition, skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }
}
