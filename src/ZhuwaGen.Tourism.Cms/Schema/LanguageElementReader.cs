using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Reads the &lt;Languages&gt; section.</summary>
internal static class LanguageElementReader
{
    public static List<Language> ReadAll(XElement section, SchemaReadContext context)
    {
        var languages = new List<Language>();
        foreach (var element in section.Elements())
        {
            if (element.Name.LocalName != "Language")
            {
                context.Error(element, null, $"Unexpected <{element.Name.LocalName}> in <Languages>; expected <Language>.");
                continue;
            }

            if (Read(element, context) is { } language)
            {
                languages.Add(language);
            }
        }

        return languages;
    }

    private static Language? Read(XElement element, SchemaReadContext context)
    {
        var before = context.ErrorCount;
        var alias = SchemaReadContext.AttributeText(element, "Alias");
        var isoCode = SchemaReadContext.Text(element.Element("IsoCode")) ?? alias;
        if (isoCode is null)
        {
            context.Error(element, null, "<Language> needs an IsoCode element or an Alias attribute.");
            return null;
        }

        var item = SchemaErrorSink.LanguageItem(isoCode);
        if (alias is not null && !string.Equals(alias, isoCode, StringComparison.OrdinalIgnoreCase))
        {
            context.Error(element, item, $"Alias '{alias}' does not match IsoCode '{isoCode}'.");
        }

        var language = new Language(
            context.KeyAttribute(element, item),
            isoCode,
            SchemaReadContext.Text(element.Element("CultureName")) ?? isoCode,
            context.Bool(element, "IsDefault", false, item),
            context.Bool(element, "IsMandatory", false, item),
            SchemaReadContext.Text(element.Element("Fallback")));
        return context.Track(language, element, before);
    }
}
