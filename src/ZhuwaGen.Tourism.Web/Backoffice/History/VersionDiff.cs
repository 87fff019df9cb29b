using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.History;

/// <summary>
/// What differs between an older version and the current draft: the name and every property, per language, as
/// DiffPlex line diffs read top to bottom (removed, then added), which fit a phone better than two columns.
/// </summary>
public static class VersionDiff
{
    public static IReadOnlyList<FieldDiff> Compare(ContentSchema schema, ContentType type, DocumentData old, DocumentData current, BackofficeText text)
    {
        var cultures = schema.Languages.Select(l => (string?)l.IsoCode).ToList();
        var diffs = new List<FieldDiff>();
        foreach (var culture in schema.Languages.Select(l => l.IsoCode))
        {
            Add(diffs, text["Name"], culture, old.Names.GetValueOrDefault(culture), current.Names.GetValueOrDefault(culture));
        }

        foreach (var property in schema.AllProperties(type))
        {
            var label = text.Named("Prop", property.Alias, property.Name);
            var valueCultures = property.VariesByCulture && type.VariesByCulture ? cultures : [null];
            foreach (var culture in valueCultures)
            {
                Add(diffs, label, culture, TextOf(old.GetValue(property.Alias, culture)), TextOf(current.GetValue(property.Alias, culture)));
            }
        }

        return diffs;
    }

    private static void Add(List<FieldDiff> diffs, string label, string? culture, string? old, string? current)
    {
        if (string.Equals(old ?? string.Empty, current ?? string.Empty, StringComparison.Ordinal))
        {
            return;
        }

        var model = InlineDiffBuilder.Diff(old ?? string.Empty, current ?? string.Empty, ignoreWhiteSpace: false);
        var lines = model.Lines
            .Where(l => l.Type is ChangeType.Deleted or ChangeType.Inserted or ChangeType.Unchanged)
            .Select(l => new DiffLine(
                l.Type switch { ChangeType.Deleted => DiffKind.Removed, ChangeType.Inserted => DiffKind.Added, _ => DiffKind.Same },
                l.Text))
            .ToList();
        diffs.Add(new FieldDiff(label, culture, lines));
    }

    private static string? TextOf(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue { Type: JTokenType.String } text => (string?)text,
        JValue scalar => scalar.ToString(Formatting.None),
        JArray array when array.All(i => i.Type == JTokenType.String) => string.Join('\n', array.Select(i => (string?)i)),
        _ => value.ToString(Formatting.Indented),
    };
}

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>One field that differs; <see cref="Culture"/> is null for a value shared by all languages.</summary>
public sealed record FieldDiff(string Label, string? Culture, IReadOnlyList<DiffLine> Lines);
