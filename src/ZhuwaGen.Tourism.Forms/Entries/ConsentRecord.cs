using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>
/// What a visitor agreed to: for each data-consent field they ticked, its caption and help text in the language the
/// form was shown in. Stored with the entry, because the form's wording may change later and the record must not.
/// </summary>
public static class ConsentRecord
{
    private static bool Ticked(string value) =>
        value.Length > 0 && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && !value.Equals("off", StringComparison.OrdinalIgnoreCase);

    public static string? TextOf(FormDefinition form, IReadOnlyDictionary<string, string[]> values, string culture, string defaultCulture)
    {
        var agreed = form.Fields
            .Where(f => f.Type == FieldType.DataConsent && values.TryGetValue(f.Alias, out var v) && v.Any(Ticked))
            .Select(f => string.Join(" — ", new[] { f.Caption.Get(culture, defaultCulture), f.HelpText.Get(culture, defaultCulture) }.Where(t => t.Length > 0)))
            .Where(t => t.Length > 0)
            .ToList();
        if (agreed.Count == 0)
        {
            return null;
        }

        var text = $"[{culture}] " + string.Join("\n", agreed);
        return text.Length > 4000 ? text[..4000] : text;
    }
}
