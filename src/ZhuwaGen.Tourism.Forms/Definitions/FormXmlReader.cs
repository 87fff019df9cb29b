using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// Reads the &lt;Forms&gt; section of umbraco.config (the CMS's reader skips it). Every problem is collected, with its
/// line, in one pass; a file with problems gives no forms.
/// </summary>
public static class FormXmlReader
{
    public static FormSchemaReadResult Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FormSchemaReadResult(FormSchema.Empty, [$"{path} could not be read: {ex.Message}"]);
        }
    }

    public static FormSchemaReadResult Parse(string xml)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return new FormSchemaReadResult(FormSchema.Empty, [$"Malformed XML (line {ex.LineNumber}): {ex.Message}"]);
        }

        var errors = new List<string>();
        var section = document.Root?.Element("Forms");
        if (section is null)
        {
            return new FormSchemaReadResult(FormSchema.Empty, []);
        }

        var messages = section.Element("Messages")?.Elements("Message")
            .GroupBy(m => (string?)m.Attribute("Key") ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Localized(g), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, LocalizedText>(StringComparer.OrdinalIgnoreCase);
        var forms = section.Elements("Form").Select(f => ReadForm(f, errors)).ToList();
        foreach (var duplicate in forms.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            errors.Add($"Form key {duplicate.Key:D} is used by more than one form.");
        }

        return errors.Count == 0
            ? new FormSchemaReadResult(new FormSchema(messages, forms), [])
            : new FormSchemaReadResult(FormSchema.Empty, errors);
    }

    private static FormDefinition ReadForm(XElement form, List<string> errors)
    {
        var id = Key(form, errors);
        var name = (string?)form.Element("Name") ?? (string?)form.Attribute("Alias") ?? string.Empty;
        var pages = form.Element("Pages")?.Elements("Page").Select(p => new FormPage(
            Key(p, errors),
            Localized(p.Element("Caption")),
            p.Elements("Fieldset").Select(s => new FormFieldset(
                Key(s, errors),
                Localized(s.Element("Caption")),
                s.Elements("Column").Select(c => new FormColumn(
                    Localized(c.Element("Caption")),
                    (int?)c.Attribute("Width") ?? 12,
                    c.Elements("Field").Select(f => ReadField(f, errors)).ToList())).ToList())).ToList())).ToList() ?? [];
        var workflows = form.Element("Workflows")?.Elements("Workflow").Select(w => ReadWorkflow(w, errors)).ToList() ?? [];
        var goTo = (string?)form.Element("GotoPageOnSubmit");
        var definition = new FormDefinition(
            id,
            name,
            Localized(form.Element("MessageOnSubmit")),
            Guid.TryParse(goTo, out var page) ? page : null,
            Localized(form.Element("SubmitLabel")),
            Localized(form.Element("NextLabel")),
            Localized(form.Element("PreviousLabel")),
            pages,
            workflows);
        Check(definition, form, errors);
        return definition;
    }

    private static FormField ReadField(XElement field, List<string> errors)
    {
        var typeName = (string?)field.Attribute("Type") ?? string.Empty;
        if (!FieldTypes.TryParseXmlName(typeName, out var type))
        {
            errors.Add($"Line {Line(field)}: unknown field type \"{typeName}\".");
        }

        var pattern = (string?)field.Attribute("Pattern");
        var condition = field.Element("Condition") is { } c
            ? new FieldCondition(
                Enum<ConditionAction>(c, "ActionType", errors),
                Enum<ConditionLogic>(c, "LogicType", errors),
                c.Elements("Rule").Select(r => new ConditionRule(
                    Guid.TryParse((string?)r.Attribute("Field"), out var other) ? other : Guid.Empty,
                    Enum<ConditionOperator>(r, "Operator", errors),
                    (string?)r.Attribute("Value") ?? string.Empty)).ToList())
            : null;
        return new FormField(
            Key(field, errors),
            (string?)field.Attribute("Alias") ?? string.Empty,
            type,
            Localized(field.Element("Caption")),
            Localized(field.Element("HelpText")),
            Localized(field.Element("Placeholder")),
            (bool?)field.Attribute("Required") ?? false,
            Localized(field.Element("RequiredErrorMessage")),
            string.IsNullOrEmpty(pattern) ? null : pattern,
            Localized(field.Element("PatternInvalidErrorMessage")),
            Number(field, "Min", errors),
            Number(field, "Max", errors),
            (bool?)field.Attribute("Sensitive") ?? false,
            field.Element("PreValues")?.Elements("PreValue")
                .Select(p => new PreValue((string?)p.Attribute("Value") ?? string.Empty, Localized(p))).ToList() ?? [],
            condition);
    }

    private static WorkflowDefinition ReadWorkflow(XElement workflow, List<string> errors) =>
        new(
            Key(workflow, errors),
            (string?)workflow.Attribute("Name") ?? string.Empty,
            Enum<WorkflowStage>(workflow, "Stage", errors),
            Enum<WorkflowKind>(workflow, "Kind", errors),
            workflow.Elements("Setting").ToDictionary(
                s => (string?)s.Attribute("Key") ?? string.Empty, s => s.Value, StringComparer.OrdinalIgnoreCase));

    /// <summary>The shared <see cref="FormRules"/>, each problem on the line of its field, else of its form.</summary>
    private static void Check(FormDefinition form, XElement element, List<string> errors)
    {
        var lines = element.Descendants("Field")
            .Select(f => (Key: Guid.TryParse((string?)f.Attribute("Key"), out var key) ? key : Guid.Empty, Line: Line(f)))
            .GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => g.First().Line);
        foreach (var error in FormRules.Check(form))
        {
            var line = error.FieldId is { } id && lines.TryGetValue(id, out var fieldLine) ? fieldLine : Line(element);
            errors.Add($"Line {line}: {error.Message}");
        }
    }

    /// <summary>Children &lt;Text Culture="…"&gt;; an element with plain text and no children counts for every culture.</summary>
    private static LocalizedText Localized(XElement? element) => element is null ? LocalizedText.Empty : Localized([element]);

    private static LocalizedText Localized(IEnumerable<XElement> elements)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in elements)
        {
            if ((string?)element.Attribute("Culture") is { } culture)
            {
                texts[culture] = element.Value;
                continue;
            }

            foreach (var text in element.Elements("Text"))
            {
                texts[(string?)text.Attribute("Culture") ?? string.Empty] = text.Value;
            }
        }

        return texts.Count == 0 ? LocalizedText.Empty : new LocalizedText(texts);
    }

    private static Guid Key(XElement element, List<string> errors)
    {
        if (Guid.TryParse((string?)element.Attribute("Key"), out var key))
        {
            return key;
        }

        errors.Add($"Line {Line(element)}: <{element.Name.LocalName}> needs a Key attribute holding a GUID.");
        return Guid.Empty;
    }

    private static T Enum<T>(XElement element, string attribute, List<string> errors)
        where T : struct, Enum
    {
        var value = (string?)element.Attribute(attribute);
        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors.Add($"Line {Line(element)}: {attribute}=\"{value}\" is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return default;
    }

    private static decimal? Number(XElement element, string attribute, List<string> errors)
    {
        var value = (string?)element.Attribute(attribute);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add($"Line {Line(element)}: {attribute}=\"{value}\" is not a number.");
        return null;
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}

public sealed record FormSchemaReadResult(FormSchema Schema, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
