using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>
/// <see cref="FormModel"/> to and from <see cref="FormDefinition"/>. Reading collects every problem of the shape (an
/// unknown type or enum name, a missing member) keyed by its JSON path; the form's own rules are
/// <see cref="FormRules"/>, checked by the service.
/// </summary>
internal static class FormModelMapping
{
    public static FormModel ToModel(StoredForm stored)
    {
        var form = stored.Form;
        return new FormModel(
            form.Id, form.Name, stored.Revision, form.IsBookingForm, Texts(form.MessageOnSubmit), form.GotoPageOnSubmit,
            Texts(form.SubmitLabel), Texts(form.NextLabel), Texts(form.PreviousLabel),
            form.Pages.Select(p => new FormPageModel(p.Id, Texts(p.Caption), p.Fieldsets.Select(s => new FormFieldsetModel(
                s.Id, Texts(s.Caption), s.Columns.Select(c => new FormColumnModel(Texts(c.Caption), c.Width, c.Fields.Select(ToModel).ToList())).ToList())).ToList())).ToList(),
            form.Workflows.Select(w => new WorkflowModel(w.Id, w.Name, w.Stage.ToString(), w.Kind.ToString(), w.Settings.ToDictionary())).ToList());
    }

    /// <summary>The definition, with <paramref name="id"/> when the body gives none; errors by JSON path.</summary>
    public static (FormDefinition Form, Dictionary<string, List<string>> Errors) FromModel(FormModel model, Guid id)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var pages = (model.Pages ?? []).Select((p, pi) => new FormPage(
            Key(p.Id, $"pages[{pi}].id", errors),
            Text(p.Caption),
            (p.Fieldsets ?? []).Select((s, si) => new FormFieldset(
                Key(s.Id, $"pages[{pi}].fieldsets[{si}].id", errors),
                Text(s.Caption),
                (s.Columns ?? []).Select((c, ci) =>
                {
                    var path = $"pages[{pi}].fieldsets[{si}].columns[{ci}]";
                    if (c.Width is < 1 or > 12)
                    {
                        Add(errors, path + ".width", "A column's width is 1 to 12.");
                    }

                    return new FormColumn(Text(c.Caption), c.Width ?? 12, (c.Fields ?? []).Select((f, fi) => Field(f, $"{path}.fields[{fi}]", errors)).ToList());
                }).ToList())).ToList())).ToList();
        var workflows = (model.Workflows ?? []).Select((w, wi) => new WorkflowDefinition(
            Key(w.Id, $"workflows[{wi}].id", errors),
            w.Name ?? string.Empty,
            Enum<WorkflowStage>(w.Stage, $"workflows[{wi}].stage", errors),
            Enum<WorkflowKind>(w.Kind, $"workflows[{wi}].kind", errors),
            new Dictionary<string, string>(w.Settings ?? [], StringComparer.OrdinalIgnoreCase))).ToList();
        var form = new FormDefinition(
            model.Id ?? id, model.Name?.Trim() ?? string.Empty, Text(model.MessageOnSubmit), model.GotoPageOnSubmit,
            Text(model.SubmitLabel), Text(model.NextLabel), Text(model.PreviousLabel), pages, workflows);
        if (model.Id == Guid.Empty)
        {
            Add(errors, "id", "The id cannot be the empty GUID.");
        }

        return (form, errors);
    }

    private static FormField Field(FormFieldModel f, string path, Dictionary<string, List<string>> errors)
    {
        if (!FieldTypes.TryParseXmlName(f.Type ?? string.Empty, out var type) || !System.Enum.IsDefined(type) || int.TryParse(f.Type, out _))
        {
            Add(errors, path + ".type", $"\"{f.Type}\" is not one of {string.Join(", ", System.Enum.GetValues<FieldType>().Select(FieldTypes.XmlName))}.");
        }

        var condition = f.Condition is { } c
            ? new FieldCondition(
                Enum<ConditionAction>(c.ActionType, path + ".condition.actionType", errors),
                Enum<ConditionLogic>(c.LogicType, path + ".condition.logicType", errors),
                (c.Rules ?? []).Select((r, ri) => new ConditionRule(
                    r.Field ?? Missing(errors, $"{path}.condition.rules[{ri}].field"),
                    Enum<ConditionOperator>(r.Operator, $"{path}.condition.rules[{ri}].operator", errors),
                    r.Value ?? string.Empty)).ToList())
            : null;
        return new FormField(
            Key(f.Id, path + ".id", errors), f.Alias?.Trim() ?? string.Empty, type, Text(f.Caption), Text(f.HelpText), Text(f.Placeholder), f.Required,
            Text(f.RequiredErrorMessage), string.IsNullOrEmpty(f.Pattern) ? null : f.Pattern, Text(f.PatternInvalidErrorMessage), f.Min, f.Max,
            f.ContainsSensitiveData, (f.PreValues ?? []).Select(p => new PreValue(p.Value ?? string.Empty, Text(p.Caption))).ToList(), condition);
    }

    private static FormFieldModel ToModel(FormField f) => new(
        f.Id, f.Alias, FieldTypes.XmlName(f.Type), Texts(f.Caption), Texts(f.HelpText), Texts(f.Placeholder), f.Required, Texts(f.RequiredErrorMessage),
        f.Pattern, Texts(f.PatternInvalidErrorMessage), f.Min, f.Max, f.ContainsSensitiveData,
        f.PreValues.Select(p => new PreValueModel(p.Value, Texts(p.Caption))).ToList(),
        f.Condition is { } c
            ? new ConditionModel(c.ActionType.ToString(), c.LogicType.ToString(), c.Rules.Select(r => new ConditionRuleModel(r.Field, r.Operator.ToString(), r.Value)).ToList())
            : null);

    private static Dictionary<string, string> Texts(LocalizedText text) => text.ByCulture.ToDictionary(StringComparer.OrdinalIgnoreCase);

    private static LocalizedText Text(Dictionary<string, string>? texts) =>
        texts is null || texts.Count == 0 ? LocalizedText.Empty : new LocalizedText(new Dictionary<string, string>(texts, StringComparer.OrdinalIgnoreCase));

    /// <summary>A part without an id gets a new one; the empty GUID is refused (the file reader refuses it too).</summary>
    private static Guid Key(Guid? given, string path, Dictionary<string, List<string>> errors)
    {
        if (given == Guid.Empty)
        {
            Add(errors, path, "The id cannot be the empty GUID.");
        }

        return given ?? Guid.NewGuid();
    }

    private static Guid Missing(Dictionary<string, List<string>> errors, string path)
    {
        Add(errors, path, "Name the field the rule reads (its id).");
        return Guid.Empty;
    }

    private static T Enum<T>(string? value, string path, Dictionary<string, List<string>> errors)
        where T : struct, Enum
    {
        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        Add(errors, path, $"\"{value}\" is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return default;
    }

    public static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var list))
        {
            errors[path] = list = [];
        }

        list.Add(message);
    }
}
