using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// Compares a response with a reviewed file under a Snapshots folder of the test project. createDate and updateDate
/// (set when the seed ran) are always replaced by a marker; a caller names further members whose values vary per run.
/// A date becomes "&lt;date&gt;" followed by its offset as written ("Z", "+08:00" or nothing), so that the snapshot still
/// pins whether the wire carries an offset; any other volatile value becomes "&lt;member&gt;". A caller also names
/// whole string values (ids, secrets made in the test) to replace by a stable marker. Every other value, including
/// the seeded keys, stays as answered. On a mismatch the actual JSON is written next to the snapshot as *.received.json.
/// </summary>
public static partial class JsonSnapshot
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="folder">The snapshot folder relative to the test project, e.g. "Delivery/Snapshots".</param>
    /// <param name="volatileMembers">Members whose scalar values become "&lt;member&gt;".</param>
    /// <param name="replacements">Exact string values (or substrings of them) replaced by a marker, e.g. an id made by the test.</param>
    /// <param name="ignoreDateOffsets">Mark every date "&lt;date&gt;" whatever its offset, for answers whose offset is known to vary.</param>
    public static void Matches(
        string folder, string name, JsonNode actual, IEnumerable<string>? volatileMembers = null,
        IReadOnlyDictionary<string, string>? replacements = null, bool ignoreDateOffsets = false)
    {
        var members = new HashSet<string>(volatileMembers ?? []) { "createDate", "updateDate" };
        var normalized = Normalize(actual.DeepClone(), new Rules(members, replacements ?? new Dictionary<string, string>(), ignoreDateOffsets))!
            .ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        var directory = Path.Combine(CmsTestHost.RepositoryRoot, "tests", "ZhuwaGen.Tourism.Tests", folder);
        var file = Path.Combine(directory, name + ".json");
        var received = Path.Combine(directory, name + ".received.json");
        var expected = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : null;
        if (expected != normalized)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, normalized);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.True(expected is not null, $"No snapshot {name}.json yet; review {name}.received.json and rename it.");
        Assert.Equal(expected, normalized);
    }

    private static JsonNode Marker(string member, JsonValue value, bool ignoreOffset) =>
        value.TryGetValue<string>(out var text) && IsoDate().Match(text) is { Success: true } date
            ? JsonValue.Create("<date>" + (ignoreOffset ? "" : date.Groups["offset"].Value))
            : JsonValue.Create($"<{member}>");

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(?<offset>Z|[+-]\d\d:\d\d)?$")]
    private static partial Regex IsoDate();

    private static JsonNode? Normalize(JsonNode? node, Rules rules)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    obj[key] = rules.Members.Contains(key) && value is JsonValue scalar ? Marker(key, scalar, rules.IgnoreOffsets) : Normalize(value?.DeepClone(), rules);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Normalize(array[i]?.DeepClone(), rules);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var replaced = rules.Replacements.Aggregate(text, (current, r) => current.Replace(r.Key, r.Value, StringComparison.OrdinalIgnoreCase));
                return replaced == text ? node : JsonValue.Create(replaced);
            default:
                return node;
        }
    }

    private sealed record Rules(HashSet<string> Members, IReadOnlyDictionary<string, string> Replacements, bool IgnoreOffsets);
}
