using System.Globalization;
using System.Xml.Linq;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>Writes the &lt;Forms&gt; section back in the shape <see cref="FormXmlReader"/> reads, in a fixed order.</summary>
public static class FormXmlWriter
{
    public static XElement Write(FormSchema schema) =>
        new("Forms",
            new XElement("Messages", schema.Messages
                .OrderBy(m => m.Key, StringComparer.Ordinal)
                .SelectMany(m => m.Value.ByCulture
                    .OrderBy(t => t.Key, StringComparer.Ordinal)
                    .Select(t => new XElement("Message", new XAttribute("Key", m.Key), new XAttribute("Culture", t.Key), t.Value)))),
            schema.Forms.OrderBy(f => f.Name, StringComparer.Ordinal).Select(Write));

    /// <summary>One &lt;Form&gt; element, as the section holds it (also how the database keeps a form).</summary>
    public static XElement Write(FormDefinition form)
    {
        var element = new XElement("Form", new XAttribute("Key", form.Id.ToString("D")), new XElement("Name", form.Name));
        AddLocalized(element, "MessageOnSubmit", form.MessageOnSubmit);
        if (form.GotoPageOnSubmit is { } page)
        {
            element.Add(new XElement("GotoPageOnSubmit", page.ToString("D")));
        }

        AddLocalized(element, "SubmitLabel", form.SubmitLabel);
        AddLocalized(element, "NextLabel", form.NextLabel);
        AddLocalized(element, "PreviousLabel", form.PreviousLabel);
        element.Add(new XElement("Pages", form.Pages.Select(p =>
            WithCaption(new XElement("Page", new XAttribute("Key", p.Id.ToString("D"))), p.Caption,
                p.Fieldsets.Select(s => WithCaption(new XElement("Fieldset", new XAttribute("Key", s.Id.ToString("D"))), s.Caption,
                    s.Columns.Select(c => WithCaption(new XElement("Column", new XAttribute("Width", c.Width)), c.Caption,
                        c.Fields.Select(WriteField)))))))));
        element.Add(new XElement("Workflows", form.Workflows.Select(w => new XElement("Workflow",
            new XAttribute("Key", w.Id.ToString("D")),
            new XAttribute("Name", w.Name),
            new XAttribute("Stage", w.Stage),
            new XAttribute("Kind", w.Kind),
            w.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new XElement("Setting", new XAttribute("Key", s.Key), s.Value))))));
        return element;
    }

    private static XElement WriteField(FormField field)
    {
        var element = new XElement("Field",
            new XAttribute("Key", field.Id.ToString("D")),
            new XAttribute("Alias", field.Alias),
            new XAttribute("Type", FieldTypes.XmlName(field.Type)));
        if (field.Required)
        {
            element.Add(new XAttribute("Required", "true"));
        }

        if (field.Pattern is not null)
        {
            element.Add(new XAttribute("Pattern", field.Pattern));
        }

        if (field.Min is { } min)
        {
            element.Add(new XAttribute("Min", min.ToString(CultureInfo.InvariantCulture)));
        }

        if (field.Max is { } max)
        {
            element.Add(new XAttribute("Max", max.ToString(CultureInfo.InvariantCulture)));
        }

        if (field.ContainsSensitiveData)
        {
            element.Add(new XAttribute("Sensitive", "true"));
        }

        AddLocalized(element, "Caption", field.Caption);
        AddLocalized(element, "HelpText", field.HelpText);
        AddLocalized(element, "Placeholder", field.Placeholder);
        AddLocalized(element, "RequiredErrorMessage", field.RequiredErrorMessage);
        AddLocalized(element, "PatternInvalidErrorMessage", field.PatternInvalidErrorMessage);
        if (field.PreValues.Count > 0)
        {
            element.Add(new XElement("PreValues", field.PreValues.Select(p =>
                new XElement("PreValue", new XAttribute("Value", p.Value), Texts(p.Caption)))));
        }

        if (field.Condition is { } condition)
        {
            element.Add(new XElement("Condition",
                new XAttribute("ActionType", condition.ActionType),
                new XAttribute("LogicType", condition.LogicType),
                condition.Rules.Select(r => new XElement("Rule",
                    new XAttribute("Field", r.Field.ToString("D")),
                    new XAttribute("Operator", r.Operator),
                    new XAttribute("Value", r.Value)))));
        }

        return element;
    }

    private static XElement WithCaption(XElement element, LocalizedText caption, IEnumerable<XElement> children)
    {
        AddLocalized(element, "Caption", caption);
        element.Add(children);
        return element;
    }

    private static void AddLocalized(XElement parent, string name, LocalizedText text)
    {
        if (!text.IsEmpty)
        {
            parent.Add(new XElement(name, Texts(text)));
        }
    }

    private static IEnumerable<XElement> Texts(LocalizedText text) =>
        text.ByCulture.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new XElement("Text", new XAttribute("Culture", t.Key), t.Value));
}
