using System.Globalization;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// Turns the field screen's inputs into the field to store: this language's texts over the field's others, the
/// alias made from the caption when left empty, the inputs the type has. What only the screen can check (numbers
/// that are not numbers, an alias that is no identifier, a caption in no language, two choices with one value, a
/// condition on no field) comes back as problems by input; the form's own rules are <see cref="FormRules"/>, checked
/// when the form is saved.
/// </summary>
public static class FieldEditor
{
    public static (FormField Field, IReadOnlyList<RuleProblem> Problems) Build(
        FormDefinition form, FormField? existing, FieldType type, FieldInput input, string culture, string defaultCulture, FormsText text)
    {
        var problems = new List<RuleProblem>();
        var field = existing ?? new FormField(Guid.NewGuid(), string.Empty, type, LocalizedText.Empty, LocalizedText.Empty, LocalizedText.Empty,
            false, LocalizedText.Empty, null, LocalizedText.Empty, null, null, false, [], null);
        void Problem(string inputName, string key, params object?[] values) => problems.Add(new RuleProblem(field.Id, inputName, text.Format(key, values)));

        var caption = FormEdits.Set(field.Caption, culture, input.Caption);
        if (caption.ByCulture.Count == 0)
        {
            Problem("caption", "CaptionMissing");
        }

        var others = form.Fields.Where(f => f.Id != field.Id).ToList();
        var alias = field.Alias;
        if (!FormRules.IsProtectedBookingField(form, field) || existing is null)
        {
            alias = input.Alias.Length > 0 ? input.Alias : FieldAliases.Suggest(caption, defaultCulture, others.Select(f => f.Alias));
            if (!FieldAliases.IsValid(alias))
            {
                Problem("alias", "AliasShape", FieldAliases.MaxLength);
            }
        }

        var min = Number(FieldTypeInputs.Min(type), input.Min, field.Min, "min", Problem);
        var max = Number(FieldTypeInputs.Max(type), input.Max, field.Max, "max", Problem);
        if (min is { } low && max is { } high && low > high)
        {
            Problem("max", "MaxBelowMin");
        }

        var choices = FieldTypeInputs.Choices(type) ? Choices(field.PreValues, input.Choices, culture, defaultCulture) : field.PreValues;
        if (choices.GroupBy(c => c.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            Problem("choices", "ChoiceTwice", twice.Key);
        }

        var condition = Condition(input, field, others, Problem);
        return (field with
        {
            Alias = alias,
            Caption = caption,
            HelpText = FormEdits.Set(field.HelpText, culture, input.HelpText),
            Placeholder = FieldTypeInputs.Placeholder(type) ? FormEdits.Set(field.Placeholder, culture, input.Placeholder) : field.Placeholder,
            Required = FieldTypeInputs.Required(type) && input.Required,
            Pattern = FieldTypeInputs.Pattern(type) ? (input.Pattern.Length > 0 ? input.Pattern : null) : field.Pattern,
            Min = min,
            Max = max,
            ContainsSensitiveData = input.Sensitive,
            PreValues = choices,
            Condition = condition,
        }, problems);
    }

    // Rows line up with the stored choices (the screen writes them in order), then come the empty rows for new ones.
    private static List<PreValue> Choices(IReadOnlyList<PreValue> stored, IReadOnlyList<ChoiceRow> rows, string culture, string defaultCulture)
    {
        var choices = new List<PreValue>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var before = i < stored.Count ? stored[i] : null;
            if (row.Remove || (before is null && row.Value.Length == 0 && row.Caption.Length == 0))
            {
                continue;
            }

            var caption = FormEdits.Set(before?.Caption ?? LocalizedText.Empty, culture, row.Caption);
            var value = row.Value.Length > 0 ? row.Value
                : FieldAliases.Suggest(caption, defaultCulture, stored.Select(p => p.Value).Concat(choices.Select(c => c.Value)), "choice");
            choices.Add(new PreValue(value, caption));
        }

        return choices;
    }

    private static FieldCondition? Condition(FieldInput input, FormField field, IReadOnlyList<FormField> others, Action<string, string, object?[]> problem)
    {
        switch (input.Condition)
        {
            case FieldInput.KeepCondition:
                return field.Condition;
            case "show" or "hide":
                if (!Guid.TryParse(input.ConditionField, out var other) || others.All(f => f.Id != other))
                {
                    problem("condition", "ConditionNeedsField", []);
                    return field.Condition;
                }

                return new SimpleCondition(input.Condition == "show" ? ConditionAction.Show : ConditionAction.Hide, other, input.ConditionValue).ToCondition();
            default:
                return null;
        }
    }

    private static decimal? Number(bool has, string typed, decimal? stored, string input, Action<string, string, object?[]> problem)
    {
        if (!has)
        {
            return stored;
        }

        if (typed.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problem(input, "NotANumber", []);
        return stored;
    }
}
