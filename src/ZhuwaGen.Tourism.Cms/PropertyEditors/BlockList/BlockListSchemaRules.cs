using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Block list configuration: every block must point at element types, because blocks are stored as element
/// content and a document type there could never be rendered or validated.
/// </summary>
internal static class BlockListSchemaRules
{
    public static void Check(ContentSchema schema, DataType dataType, SchemaErrorSink sink)
    {
        var item = SchemaErrorSink.DataTypeItem(dataType.Alias);
        CheckBlocks(schema, dataType, item, sink);
        CheckLimit(dataType, item, sink);
    }

    private static void CheckBlocks(ContentSchema schema, DataType dataType, string item, SchemaErrorSink sink)
    {
        var blocks = dataType.Config["blocks"];
        if (blocks is null || blocks.Type == JTokenType.Null)
        {
            return;
        }

        if (blocks is not JArray array)
        {
            sink.Add(dataType, item, "Block list config 'blocks' must be an array.");
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JObject block)
            {
                sink.Add(dataType, item, $"Block list config blocks[{i}] must be an object.");
                continue;
            }

            CheckElementType(schema, dataType, item, block["contentElementTypeKey"], $"blocks[{i}].contentElementTypeKey",
                required: true, sink);
            CheckElementType(schema, dataType, item, block["settingsElementTypeKey"], $"blocks[{i}].settingsElementTypeKey",
                required: false, sink);
        }
    }

    private static void CheckElementType(
        ContentSchema schema, DataType dataType, string item, JToken? value, string path, bool required,
        SchemaErrorSink sink)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            if (required)
            {
                sink.Add(dataType, item, $"Block list config {path} is required.");
            }

            return;
        }

        if (value.Type != JTokenType.String || !Guid.TryParse(value.Value<string>(), out var key))
        {
            sink.Add(dataType, item, $"Block list config {path} '{value}' is not a GUID.");
            return;
        }

        var type = schema.ContentTypes.FirstOrDefault(t => t.Key == key);
        if (type is null)
        {
            sink.Add(dataType, item, $"Block list config {path} {key:D} does not name a known content type.");
        }
        else if (!type.IsElement)
        {
            sink.Add(dataType, item,
                $"Block list config {path} names content type '{type.Alias}', which is not an element type (IsElement).");
        }
    }

    private static void CheckLimit(DataType dataType, string item, SchemaErrorSink sink)
    {
        if (dataType.Config["validationLimit"] is not JObject limit)
        {
            return;
        }

        var min = Bound(limit, "min", dataType, item, sink);
        var max = Bound(limit, "max", dataType, item, sink);
        if (min is { } low && max is { } high && low > high)
        {
            sink.Add(dataType, item, $"Block list validationLimit min {low} is greater than max {high}.");
        }
    }

    private static int? Bound(JObject limit, string name, DataType dataType, string item, SchemaErrorSink sink)
    {
        var token = limit[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type == JTokenType.Integer && StoredValues.TryGetDecimal(token, out var number) && number is >= 0 and <= int.MaxValue)
        {
            return (int)number;
        }

        sink.Add(dataType, item, $"Block list validationLimit {name} must be a whole number of at least 0, not {token}.");
        return null;
    }
}
