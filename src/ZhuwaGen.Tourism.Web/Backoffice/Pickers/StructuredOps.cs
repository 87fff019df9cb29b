using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// Applies a remove, move or add button of the edit form to the value it was posted with. Nothing is saved here: the
/// edit screen is shown again with the change, and the save bar saves it with everything else typed.
/// </summary>
public static class StructuredOps
{
    public static List<PropertyValue> Apply(ContentSchema schema, ContentType type, IReadOnlyList<PropertyValue> values, EditIntent intent)
    {
        var property = schema.AllProperties(type).FirstOrDefault(p => string.Equals(p.Alias, intent.Alias, StringComparison.OrdinalIgnoreCase));
        var result = values.ToList();
        var at = property is null ? -1 : result.FindIndex(v => string.Equals(v.Alias, property.Alias, StringComparison.OrdinalIgnoreCase));
        if (property is null || at < 0 || intent.Verb is EditIntent.Preview or EditIntent.Write)
        {
            return result;
        }

        var changed = Change(FieldInputs.For(property.EditorAlias), result[at].Value?.DeepClone(), intent);
        result[at] = result[at] with { Value = changed };
        return result;
    }

    private static JToken? Change(FieldInput input, JToken? value, EditIntent intent)
    {
        switch (input)
        {
            case FieldInput.ContentPicker when intent.Verb == EditIntent.Remove:
                return null;
            case FieldInput.NodePicker:
                var udis = (value?.ToString() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                Reorder(udis, intent);
                return udis.Count == 0 ? null : new JValue(string.Join(",", udis));
            case FieldInput.MediaPicker or FieldInput.UrlPicker when value is JArray items:
                var list = items.ToList();
                Reorder(list, intent);
                return list.Count == 0 ? null : new JArray(list);
            case FieldInput.BlockList:
                var blocks = value as JObject ?? BlockJson.Empty();
                if (intent.Verb == EditIntent.Add && Guid.TryParse(intent.Argument, out var elementType))
                {
                    BlockJson.Append(blocks, elementType);
                    return blocks;
                }

                var layout = BlockJson.Layout(blocks);
                if (intent.Index is { } index && index >= 0 && index < layout.Count)
                {
                    if (intent.Verb == EditIntent.Remove)
                    {
                        BlockJson.RemoveAt(blocks, index);
                    }
                    else
                    {
                        var entries = layout.ToList();
                        Reorder(entries, intent);
                        layout.ReplaceAll(entries.Select(e => e.DeepClone()));
                    }
                }

                return BlockJson.Layout(blocks).Count == 0 ? null : blocks;
            default:
                return value;
        }
    }

    // Remove, or swap with the neighbour above or below; at either end nothing moves.
    private static void Reorder<T>(List<T> items, EditIntent intent)
    {
        if (intent.Index is not { } i || i < 0 || i >= items.Count)
        {
            return;
        }

        var other = intent.Verb switch { EditIntent.Up => i - 1, EditIntent.Down => i + 1, _ => -1 };
        if (intent.Verb == EditIntent.Remove)
        {
            items.RemoveAt(i);
        }
        else if (other >= 0 && other < items.Count)
        {
            (items[i], items[other]) = (items[other], items[i]);
        }
    }
}
