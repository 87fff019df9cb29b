using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>One field that differs between the newer version on the server and what this editor typed.</summary>
public sealed record FieldConflict(string Label, string Theirs, string Mine);

/// <summary>
/// A save refused because someone saved a newer version: which fields of this culture differ between the two, so
/// the editor sees both and chooses — save again to keep theirs own, or open the latest to keep the other one.
/// </summary>
public static class EditConflicts
{
    private const int Longest = 300;

    public static IReadOnlyList<FieldConflict> Between(
        ContentSchema schema, ContentType type, string culture, DocumentData theirs, IReadOnlyDictionary<string, string> names,
        IReadOnlyList<PropertyValue> mine, BackofficeText text)
    {
        var conflicts = new List<FieldConflict>();
        if (names.GetValueOrDefault(culture) is { } name && !Same(theirs.Names.GetValueOrDefault(culture), name))
        {
            conflicts.Add(new(text["Name"], Show(theirs.Names.GetValueOrDefault(culture), text), Show(name, text)));
        }

        foreach (var property in schema.AllProperties(type))
        {
            var typed = mine.FirstOrDefault(v => string.Equals(v.Alias, property.Alias, StringComparison.OrdinalIgnoreCase));
            if (typed is null)
            {
                continue;
            }

            var stored = theirs.GetValue(property.Alias, typed.Culture);
            if (!Same(stored, typed.Value))
            {
                conflicts.Add(new(text.Named("Prop", property.Alias, property.Name), Show(stored, text), Show(typed.Value, text)));
            }
        }

        return conflicts;
    }

    // An empty text box posts "" where the stored value may be null: both are "empty" to the editor.
    private static bool Same(JToken? a, JToken? b) => JToken.DeepEquals(Normal(a), Normal(b));

    private static bool Same(string? a, string? b) => string.Equals(a ?? string.Empty, b ?? string.Empty, StringComparison.Ordinal);

    private static JToken? Normal(JToken? value) =>
        value is null || value.Type == JTokenType.Null || (value.Type == JTokenType.String && value.Value<string>() is "")
            || (value is JArray { Count: 0 })
            ? null
            : value;

    private static string Show(JToken? value, BackofficeText text) => Normal(value) switch
    {
        null => text["ConflictEmpty"],
        { Type: JTokenType.String } s => Cut(s.Value<string>()!),
        var other => Cut(other.ToString(Formatting.None)),
    };

    private static string Show(string? value, BackofficeText text) => string.IsNullOrEmpty(value) ? text["ConflictEmpty"] : Cut(value);

    private static string Cut(string value) => value.Length <= Longest ? value : value[..Longest] + "…";
}
