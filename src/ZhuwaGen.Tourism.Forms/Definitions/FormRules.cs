using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Forms.Bookings;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// A broken rule: where (a JSON path such as pages[0].fieldsets[0].columns[0].fields[1].alias), why (in English, as
/// the Management API and the start-up log say it), which rule (so a screen can say it in the editor's language) and,
/// for a field's problem, which field.
/// </summary>
public sealed record FormRuleError(string Path, string Message, Guid? FieldId = null, FormRule Rule = FormRule.Other);

/// <summary>The rule a <see cref="FormRuleError"/> breaks.</summary>
public enum FormRule
{
    Other,
    NameMissing,
    AliasMissing,
    AliasDuplicate,
    FieldKeyDuplicate,
    PatternInvalid,
    ChoicesMissing,
    ConditionFieldMissing,

    /// <summary>A booking form's field with a booking alias was renamed or removed (<see cref="FormRules.CheckChange"/>).</summary>
    BookingAliasKept,
}

/// <summary>
/// The rules a form must keep, whichever way it arrives: the start-up read of umbraco.config (which adds each
/// problem's line) and the Management API (which answers them per path) both ask here, so they never disagree.
/// </summary>
public static class FormRules
{
    public static IReadOnlyList<FormRuleError> Check(FormDefinition form)
    {
        var errors = new List<FormRuleError>();
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors.Add(new("name", "A form needs a name.", Rule: FormRule.NameMissing));
        }

        var fields = Located(form).ToList();
        foreach (var group in fields.GroupBy(f => f.Field.Alias, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var (field, path) in group.Skip(group.Key.Length == 0 ? 0 : 1))
            {
                errors.Add(new(path + ".alias", group.Key.Length == 0
                    ? $"Form \"{form.Name}\" has a field without an alias."
                    : $"Form \"{form.Name}\" has more than one field \"{group.Key}\".", field.Id,
                    group.Key.Length == 0 ? FormRule.AliasMissing : FormRule.AliasDuplicate));
            }
        }

        foreach (var (field, path) in fields.GroupBy(f => f.Field.Id).SelectMany(g => g.Skip(1)))
        {
            errors.Add(new(path + ".id", $"Field key {field.Id:D} is used by more than one field of form \"{form.Name}\".", field.Id, FormRule.FieldKeyDuplicate));
        }

        foreach (var (field, path) in fields)
        {
            if (field.Pattern is { Length: > 0 } pattern && !IsRegex(pattern))
            {
                errors.Add(new(path + ".pattern", $"The pattern of field \"{field.Alias}\" is not a valid regular expression.", field.Id, FormRule.PatternInvalid));
            }

            if (field.Type is FieldType.Dropdown or FieldType.MultipleChoice && field.PreValues.Count == 0)
            {
                errors.Add(new(path + ".preValues", $"Field \"{field.Alias}\" of form \"{form.Name}\" needs PreValues.", field.Id, FormRule.ChoicesMissing));
            }

            var rules = field.Condition?.Rules ?? [];
            for (var r = 0; r < rules.Count; r++)
            {
                if (fields.All(f => f.Field.Id != rules[r].Field))
                {
                    errors.Add(new($"{path}.condition.rules[{r}].field",
                        $"The condition of \"{field.Alias}\" names field {rules[r].Field:D}, which is not in form \"{form.Name}\".", field.Id, FormRule.ConditionFieldMissing));
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// The stable aliases a booking reads (<see cref="BookingRequest.Aliases"/>): the reservation, the booking inbox,
    /// the room status, the receipts and retention find the guest's answers by them.
    /// </summary>
    public static IReadOnlySet<string> BookingAliases { get; } = new HashSet<string>(BookingRequest.Aliases.All, StringComparer.OrdinalIgnoreCase);

    /// <summary>A field of a booking form whose alias a booking reads: it keeps its alias and stays in the form.</summary>
    public static bool IsProtectedBookingField(FormDefinition form, FormField field) =>
        form.IsBookingForm && BookingAliases.Contains(field.Alias);

    /// <summary>
    /// The rules of an edit, from the stored version to the new one (the Management API's replace and the back-office
    /// both go through <see cref="FormDefinitionService.UpdateAsync"/>, which asks here): a booking form that stays a
    /// booking form keeps every booking alias it had — a field holding one is not renamed (matched by its key) and the
    /// alias stays in the form, so a booking made before the edit and one made after read the same answers. A form the
    /// edit takes the reservation from is no longer a booking form, and the rule no longer holds.
    /// </summary>
    public static IReadOnlyList<FormRuleError> CheckChange(FormDefinition before, FormDefinition after)
    {
        if (!before.IsBookingForm || !after.IsBookingForm)
        {
            return [];
        }

        var errors = new List<FormRuleError>();
        var located = Located(after).ToList();
        foreach (var kept in before.Fields.Where(f => BookingAliases.Contains(f.Alias)))
        {
            var renamed = located.FirstOrDefault(f => f.Field.Id == kept.Id && !string.Equals(f.Field.Alias, kept.Alias, StringComparison.OrdinalIgnoreCase));
            if (renamed.Field is not null)
            {
                errors.Add(new(renamed.Path + ".alias",
                    $"Field \"{kept.Alias}\" of booking form \"{after.Name}\" keeps its alias: bookings read the guest's answer by it.", kept.Id, FormRule.BookingAliasKept));
            }
            else if (located.All(f => !string.Equals(f.Field.Alias, kept.Alias, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new("pages",
                    $"Field \"{kept.Alias}\" of booking form \"{after.Name}\" cannot be removed: bookings read the guest's answer by it.", kept.Id, FormRule.BookingAliasKept));
            }
        }

        return errors;
    }

    /// <summary>Every field with its path, in form order.</summary>
    private static IEnumerable<(FormField Field, string Path)> Located(FormDefinition form)
    {
        for (var p = 0; p < form.Pages.Count; p++)
        {
            for (var s = 0; s < form.Pages[p].Fieldsets.Count; s++)
            {
                var columns = form.Pages[p].Fieldsets[s].Columns;
                for (var c = 0; c < columns.Count; c++)
                {
                    for (var f = 0; f < columns[c].Fields.Count; f++)
                    {
                        yield return (columns[c].Fields[f], $"pages[{p}].fieldsets[{s}].columns[{c}].fields[{f}]");
                    }
                }
            }
        }
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
