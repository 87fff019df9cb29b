using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>One refused rule as a screen shows it: the field it belongs to, the input beside which it goes, the words.</summary>
public sealed record RuleProblem(Guid? FieldId, string Input, string Message);

/// <summary>
/// <see cref="FormRules"/> answers in English, by path (<c>pages[0].fieldsets[0].columns[0].fields[1].alias</c>), for
/// the Management API. The screens put each problem beside the field card or input that caused it and say it in the
/// editor's language: the field is the one the error names, else the one its path points at in the definition that
/// was checked; the words come from the rule it breaks (an unknown rule keeps the English message).
/// </summary>
public static partial class RuleProblems
{
    /// <summary>The problems of <paramref name="checkedForm"/>; a field the edit removed is found in <paramref name="before"/>.</summary>
    public static IReadOnlyList<RuleProblem> Of(IEnumerable<FormRuleError> errors, FormDefinition checkedForm, FormDefinition before, FormsText text) =>
        errors.Select(e => Of(e, checkedForm, before, text)).ToList();

    public static RuleProblem Of(FormRuleError error, FormDefinition checkedForm, FormDefinition before, FormsText text)
    {
        var field = error.FieldId is { } id ? checkedForm.FieldById(id) ?? before.FieldById(id) : FieldAt(checkedForm, error.Path);
        var alias = field?.Alias ?? string.Empty;
        var (input, message) = error.Rule switch
        {
            FormRule.NameMissing => ("name", text["RuleNameMissing"]),
            FormRule.AliasMissing => ("alias", text["RuleAliasMissing"]),
            FormRule.AliasDuplicate => ("alias", text.Format("RuleAliasDuplicate", alias)),
            FormRule.FieldKeyDuplicate => ("field", text["RuleKeyDuplicate"]),
            FormRule.PatternInvalid => ("pattern", text["RulePatternInvalid"]),
            FormRule.ChoicesMissing => ("choices", text["RuleChoicesMissing"]),
            FormRule.ConditionFieldMissing => ("condition", text["RuleConditionFieldMissing"]),
            FormRule.BookingAliasKept => ("alias", text.Format("RuleBookingAlias", alias)),
            _ => (PathInput(error.Path), error.Message),
        };
        return new RuleProblem(field?.Id ?? error.FieldId, input, message);
    }

    /// <summary>The field a path points at (<c>pages[p].fieldsets[s].columns[c].fields[f]…</c>) in the checked definition.</summary>
    public static FormField? FieldAt(FormDefinition form, string path)
    {
        var match = FieldPath().Match(path);
        if (!match.Success)
        {
            return null;
        }

        int At(string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (p, s, c, f) = (At("p"), At("s"), At("c"), At("f"));
        return p < form.Pages.Count && s < form.Pages[p].Fieldsets.Count && c < form.Pages[p].Fieldsets[s].Columns.Count
            && f < form.Pages[p].Fieldsets[s].Columns[c].Fields.Count
                ? form.Pages[p].Fieldsets[s].Columns[c].Fields[f]
                : null;
    }

    private static string PathInput(string path) => FieldPath().Match(path) is { Success: true } match && match.Groups["rest"].Success
        ? match.Groups["rest"].Value.Split('.', '[')[0]
        : "field";

    [GeneratedRegex(@"^pages\[(?<p>\d+)\]\.fieldsets\[(?<s>\d+)\]\.columns\[(?<c>\d+)\]\.fields\[(?<f>\d+)\](\.(?<rest>.+))?$")]
    private static partial Regex FieldPath();
}
