using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>One stored value: the property alias, the culture (null where the property is invariant) and the JSON value.</summary>
public sealed record PropertyValue(string Alias, string? Culture, JToken? Value);
