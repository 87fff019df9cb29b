using System.Globalization;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>A form in the definition shape of contract §2.3, in one culture; members in the contract's order.</summary>
internal static class DefinitionJson
{
    public static JsonObject Write(FormDefinition form, FormMessages messages, PublishedSnapshot snapshot)
    {
        var json = new JsonObject
        {
            ["id"] = form.Id.ToString("D"),
            ["name"] = form.Name,
            ["autocompleteAttribute"] = null,
            ["disableDefaultStylesheet"] = false,
            ["fieldIndicationType"] = "MarkMandatoryFields",
            ["hideFieldValidation"] = false,
            ["indicator"] = "*",
        };
        foreach (var (key, value) in SubmitTarget(form, messages, snapshot))
        {
            json[key] = value;
        }

        json["nextLabel"] = Label(messages, form.NextLabel, "Next");
        json["previousLabel"] = Label(messages, form.PreviousLabel, "Previous");
        json["submitLabel"] = Label(messages, form.SubmitLabel, "Submit");
        json["pageCaptionFormat"] = "Page {0}";
        json["pagingDetailsFormat"] = "Page {0} of {1}";
        json["showPagingOnMultiPageFormsAtTop"] = false;
        json["showPagingOnMultiPageFormsAtBottom"] = false;
        json["showSummaryPageOnMultiPageForms"] = false;
        json["summaryLabel"] = string.Empty;
        json["showValidationSummary"] = false;
        json["pages"] = new JsonArray(form.Pages.Select(page => (JsonNode)new JsonObject
        {
            ["id"] = page.Id.ToString("D"),
            ["caption"] = messages.Text(page.Caption),
            ["fieldsets"] = new JsonArray(page.Fieldsets.Select(set => (JsonNode)new JsonObject
            {
                ["id"] = set.Id.ToString("D"),
                ["caption"] = messages.Text(set.Caption),
                ["columns"] = new JsonArray(set.Columns.Select(column => (JsonNode)new JsonObject
                {
                    ["caption"] = messages.Text(column.Caption),
                    ["width"] = column.Width,
                    ["fields"] = new JsonArray(column.Fields.Select(f => (JsonNode)Field(f, messages)).ToArray()),
                }).ToArray()),
            }).ToArray()),
        }).ToArray());
        return json;
    }

    /// <summary>messageOnSubmit, or gotoPageOnSubmit with its route when the form sends the visitor to a page.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> SubmitTarget(FormDefinition form, FormMessages messages, PublishedSnapshot snapshot)
    {
        if (form.GotoPageOnSubmit is { } page)
        {
            yield return new("gotoPageOnSubmit", page.ToString("D"));
            yield return new("gotoPageOnSubmitRoute", Route(snapshot, page, messages.Culture));
        }
        else
        {
            yield return new("messageOnSubmit", messages.Text(form.MessageOnSubmit));
        }
    }

    public static JsonObject? Route(PublishedSnapshot snapshot, Guid key, string culture)
    {
        if (snapshot.ByKey(key) is not { } document || snapshot.RouteOf(key, culture) is not { } path)
        {
            return null;
        }

        var root = document;
        for (var guard = 0; root.ParentKey is { } parent && snapshot.ByKey(parent) is { } next && guard < 1000; guard++)
        {
            root = next;
        }

        var rootCulture = snapshot.ResolveCulture(root, culture);
        return new JsonObject
        {
            ["path"] = path,
            ["startItem"] = new JsonObject
            {
                ["id"] = root.Key.ToString("D"),
                ["path"] = rootCulture is null ? string.Empty : root.Cultures[rootCulture].UrlSegment,
            },
        };
    }

    private static JsonObject Field(FormField field, FormMessages messages)
    {
        var (typeId, typeName) = FieldTypes.Describe(field.Type);
        return new JsonObject
        {
            ["id"] = field.Id.ToString("D"),
            ["alias"] = field.Alias,
            ["caption"] = messages.Text(field.Caption),
            ["helpText"] = messages.Text(field.HelpText),
            ["placeholder"] = messages.Text(field.Placeholder),
            ["required"] = field.Required,
            ["requiredErrorMessage"] = messages.For(field, "required", field.RequiredErrorMessage),
            ["pattern"] = field.Pattern ?? string.Empty,
            ["patternInvalidErrorMessage"] = messages.For(field, "pattern", field.PatternInvalidErrorMessage),
            ["containsSensitiveData"] = field.ContainsSensitiveData,
            ["preValues"] = new JsonArray(field.PreValues.Select(p => (JsonNode)new JsonObject
            {
                ["caption"] = messages.Text(p.Caption) is { Length: > 0 } caption ? caption : p.Value,
                ["value"] = p.Value,
            }).ToArray()),
            ["settings"] = Settings(field, messages),
            ["type"] = new JsonObject { ["id"] = typeId.ToString("D"), ["name"] = typeName },
            ["condition"] = field.Condition is { } condition
                ? new JsonObject
                {
                    ["actionType"] = condition.ActionType.ToString(),
                    ["logicType"] = condition.LogicType.ToString(),
                    ["rules"] = new JsonArray(condition.Rules.Select(r => (JsonNode)new JsonObject
                    {
                        ["field"] = r.Field.ToString("D"),
                        ["operator"] = r.Operator.ToString(),
                        ["value"] = r.Value,
                    }).ToArray()),
                }
                : null,
        };
    }

    /// <summary>All setting values are strings, as in Umbraco Forms.</summary>
    private static JsonObject Settings(FormField field, FormMessages messages)
    {
        string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var settings = new JsonObject { ["defaultValue"] = string.Empty, ["placeholder"] = messages.Text(field.Placeholder) };
        switch (field.Type)
        {
            case FieldType.ShortAnswer or FieldType.Email or FieldType.Phone or FieldType.Number:
                settings["fieldType"] = FieldTypes.InputType(field.Type);
                settings["maximumLength"] = field.Type == FieldType.Number ? string.Empty : Number(field.Max);
                settings["showLabel"] = string.Empty;
                settings["autocompleteAttribute"] = string.Empty;
                if (field.Type == FieldType.Number)
                {
                    settings["min"] = Number(field.Min);
                    settings["max"] = Number(field.Max);
                }

                break;
            case FieldType.LongAnswer:
                settings["numberOfRows"] = "4";
                settings["maximumLength"] = Number(field.Max);
                break;
            case FieldType.Dropdown:
                settings["selectPrompt"] = string.Empty;
                settings["allowMultipleSelections"] = "False";
                break;
            case FieldType.DataConsent:
                settings["acceptCopy"] = messages.Text(field.HelpText);
                break;
            case FieldType.Date or FieldType.DateRange:
                settings["min"] = Number(field.Min);
                settings["max"] = Number(field.Max);
                break;
        }

        return settings;
    }

    private static string Label(FormMessages messages, LocalizedText text, string fallback) =>
        text.IsEmpty ? fallback : messages.Text(text);
}
