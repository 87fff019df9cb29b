using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Web.Seed;

/// <summary>One node of seed-content.json: type, names and values per culture, children in order.</summary>
internal sealed record SeedNode(
    Guid Key,
    string Type,
    Dictionary<string, string> Names,
    Dictionary<string, JToken?>? Invariant,
    Dictionary<string, Dictionary<string, JToken?>>? Variant,
    List<SeedNode>? Children);
