using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>
/// Compares a response with a reviewed file under Delivery/Snapshots. createDate and updateDate (set when the seed
/// ran) are replaced by a marker; every other value, including keys, comes from the fixed seed. On a mismatch the
/// actual JSON is written next to the snapshot as *.received.json for review.
/// </summary>
public static class JsonSnapshot
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Matches(string name, JsonNode actual)
    {
        var normalized = Normalize(actual.DeepClone())!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        var folder = Path.Combine(CmsTestHost.RepositoryRoot, "tests", "ZhuwaGen.Tourism.Tests", "Delivery", "Snapshots");
        var file = Path.Combine(folder, name + ".json");
        var expected = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : null;
        if (expected != normalized)
        {
            File.WriteAllText(Path.Combine(folder, name + ".received.json"), normalized);
        }

        Assert.True(expected is not null, $"No snapshot {name}.json yet; review {name}.received.json and rename it.");
        Assert.Equal(expected, normalized);
    }

    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    obj[key] = key is "createDate" or "updateDate" && value is JsonValue ? "<date>" : Normalize(value?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Normalize(array[i]?.DeepClone());
                }

                return array;
            default:
                return node;
        }
    }
}
