using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// The content editor's "missing" marks, for form texts: a text is missing in a language when it is empty there but
/// written in Chinese (the default language), or, in Chinese, when it is written only in another language. Hidden
/// fields' captions are never shown to visitors, so they do not count.
/// </summary>
public static class Translations
{
    public static bool Missing(LocalizedText text, string culture, string defaultCulture) =>
        FormEdits.In(text, culture).Length == 0
        && (string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase)
            ? text.ByCulture.Values.Any(v => v.Length > 0)
            : FormEdits.In(text, defaultCulture).Length > 0);

    public static bool Missing(FormField field, string culture, string defaultCulture) =>
        field.Type != FieldType.Hidden
        && (Missing(field.Caption, culture, defaultCulture) || Missing(field.HelpText, culture, defaultCulture)
            || Missing(field.Placeholder, culture, defaultCulture) || field.PreValues.Any(p => Missing(p.Caption, culture, defaultCulture)));

    public static bool Missing(FormDefinition form, string culture, string defaultCulture) =>
        Missing(form.SubmitLabel, culture, defaultCulture) || Missing(form.MessageOnSubmit, culture, defaultCulture)
        || form.Fields.Any(f => Missing(f, culture, defaultCulture));
}
