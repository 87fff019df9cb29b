using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Lists, in words, how one schema differs from another; empty when they are the same.</summary>
public static class SchemaDiff
{
    private static readonly JsonSerializerSettings Settings = new() { Converters = { new StringEnumConverter() } };

    public static IReadOnlyList<string> Describe(ContentSchema from, ContentSchema to)
    {
        var changes = new List<string>();
        Compare(from.Languages, to.Languages, l => l.IsoCode.ToLowerInvariant(), l => l.IsoCode, "language", changes);
        Compare(from.DataTypes, to.DataTypes, d => d.Key.ToString(), d => d.Alias, "data type", changes);
        Compare(from.ContentTypes, to.ContentTypes, t => t.Key.ToString(), t => t.Alias, "content type", changes);
        return changes;
    }

    private static void Compare<T>(
        IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string> key, Func<T, string> name, string kind, List<string> changes)
    {
        var before = from.ToDictionary(key);
        var after = to.ToDictionary(key);
        foreach (var (itemKey, item) in after)
        {
            if (!before.TryGetValue(itemKey, out var old))
            {
                changes.Add($"add {kind} '{name(item)}'");
            }
            else if (JsonConvert.SerializeObject(old, Settings) != JsonConvert.SerializeObject(item, Settings))
            {
                changes.Add($"update {kind} '{name(item)}'");
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => $"remove {kind} '{name(b.Value)}'"));
    }
}
