using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>A choice of a dropdown or multiple-choice field as its row on the field screen: value, caption in the screen's language.</summary>
public sealed record ChoiceRow(string Value, string Caption, bool Remove = false, bool Missing = false);

/// <summary>
/// The field screen's inputs as typed: the texts of one language (caption, help, placeholder, choice captions) and
/// the rest, which every language shares. Kept as strings so a refused save shows exactly what was typed.
/// </summary>
public sealed record FieldInput(
    string Caption,
    string HelpText,
    string Placeholder,
    string Alias,
    bool Required,
    bool Sensitive,
    string Pattern,
    string Min,
    string Max,
    IReadOnlyList<ChoiceRow> Choices,
    string Condition,
    string ConditionField,
    string ConditionValue)
{
    /// <summary>Empty rows under the choices for new ones (more after each save): no script adds rows.</summary>
    public const int NewChoiceRows = 2;

    public const string NoCondition = "none";
    public const string KeepCondition = "keep";

    public static FieldInput From(FormField field, string culture, string defaultCulture)
    {
        var simple = SimpleCondition.Of(field.Condition);
        return new FieldInput(
            FormEdits.In(field.Caption, culture),
            FormEdits.In(field.HelpText, culture),
            FormEdits.In(field.Placeholder, culture),
            field.Alias,
            field.Required,
            field.ContainsSensitiveData,
            field.Pattern ?? string.Empty,
            Number(field.Min),
            Number(field.Max),
            field.PreValues.Select(p => new ChoiceRow(p.Value, FormEdits.In(p.Caption, culture), Missing: Translations.Missing(p.Caption, culture, defaultCulture))).ToList(),
            field.Condition is null ? NoCondition : simple is null ? KeepCondition : simple.Action == ConditionAction.Show ? "show" : "hide",
            simple?.Field.ToString("D") ?? string.Empty,
            simple?.Value ?? string.Empty);
    }

    public static FieldInput Empty(FieldType type) =>
        new(string.Empty, string.Empty, string.Empty, string.Empty, false, type is FieldType.Email or FieldType.Phone, string.Empty, string.Empty, string.Empty, [], NoCondition, string.Empty, string.Empty);

    public static FieldInput Read(IFormCollection form)
    {
        string One(string name) => form[name].ToString();
        var values = form["choiceValue"];
        var captions = form["choiceCaption"];
        var removed = form["choiceRemove"].Select(v => v ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var rows = Enumerable.Range(0, Math.Max(values.Count, captions.Count))
            .Select(i => new ChoiceRow(
                i < values.Count ? values[i]?.Trim() ?? string.Empty : string.Empty,
                i < captions.Count ? captions[i]?.Trim() ?? string.Empty : string.Empty,
                removed.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        return new FieldInput(
            One("caption").Trim(), One("helpText").Trim(), One("placeholder").Trim(), One("alias").Trim(),
            One("required") == "true", One("sensitive") == "true", One("pattern").Trim(), One("min").Trim(), One("max").Trim(),
            rows, form.ContainsKey("condition") ? One("condition") : NoCondition, One("conditionField"), One("conditionValue").Trim());
    }

    private static string Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}

/// <summary>Which inputs a field type has.</summary>
public static class FieldTypeInputs
{
    public static bool Placeholder(FieldType type) => type is FieldType.ShortAnswer or FieldType.LongAnswer or FieldType.Email or FieldType.Phone or FieldType.Number;

    public static bool Pattern(FieldType type) => type is FieldType.ShortAnswer or FieldType.LongAnswer or FieldType.Email or FieldType.Phone;

    public static bool Min(FieldType type) => type is FieldType.Number;

    /// <summary>The largest number, the most characters, or the longest date range in days.</summary>
    public static bool Max(FieldType type) => type is FieldType.Number or FieldType.ShortAnswer or FieldType.LongAnswer or FieldType.DateRange;

    public static bool Choices(FieldType type) => type is FieldType.Dropdown or FieldType.MultipleChoice;

    public static bool Required(FieldType type) => type is not FieldType.Hidden;

    /// <summary>The string key of the max input's label for this type.</summary>
    public static string MaxLabel(FieldType type) => type switch
    {
        FieldType.Number => "MaxNumber",
        FieldType.DateRange => "MaxDays",
        _ => "MaxLength",
    };
}
