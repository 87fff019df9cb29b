using System.Text.RegularExpressions;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>A broken rule: where (a JSON path such as pages[0].fieldsets[0].columns[0].fields[1].alias), and why.</summary>
public sealed record FormRuleError(string Path, string Message, Guid? FieldId = null);

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
            errors.Add(new("name", "A form needs a name."));
        }

        var fields = Located(form).ToList();
        foreach (var group in fields.GroupBy(f => f.Field.Alias, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var (field, path) in group.Skip(group.Key.Length == 0 ? 0 : 1))
            {
                errors.Add(new(path + ".alias", group.Key.Length == 0
                    ? $"Form \"{form.Name}\" has a field without an alias."
                    : $"Form \"{form.Name}\" has more than one field \"{group.Key}\".", field.Id));
            }
        }

        foreach (var (field, path) in fields.GroupBy(f => f.Field.Id).SelectMany(g => g.Skip(1)))
        {
            errors.Add(new(path + ".id", $"Field key {field.Id:D} is used by more than one field of form \"{form.Name}\".", field.Id));
        }

        foreach (var (field, path) in fields)
        {
            if (field.Pattern is { Length: > 0 } pattern && !IsRegex(pattern))
            {
                errors.Add(new(path + ".pattern", $"The pattern of field \"{field.Alias}\" is not a valid regular expression.", field.Id));
            }

            if (field.Type is FieldType.Dropdown or FieldType.MultipleChoice && field.PreValues.Count == 0)
            {
                errors.Add(new(path + ".preValues", $"Field \"{field.Alias}\" of form \"{form.Name}\" needs PreValues.", field.Id));
            }

            var rules = field.Condition?.Rules ?? [];
            for (var r = 0; r < rules.Count; r++)
            {
                if (fields.All(f => f.Field.Id != rules[r].Field))
                {
                    errors.Add(new($"{path}.condition.rules[{r}].field",
                        $"The condition of \"{field.Alias}\" names field {rules[r].Field:D}, which is not in form \"{form.Name}\".", field.Id));
                }
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
