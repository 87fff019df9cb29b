using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Languages: unique codes, exactly one default which is mandatory, fallbacks that resolve without loops.</summary>
internal static class LanguageRules
{
    public static void Check(ContentSchema schema, SchemaErrorSink sink)
    {
        var languages = schema.Languages;
        SchemaValidator.ReportDuplicates(languages, l => l.IsoCode, l => SchemaErrorSink.LanguageItem(l.IsoCode),
            "language code", sink);

        // A schema without languages (e.g. ContentSchema.Empty) is allowed; once languages are declared, one leads.
        var defaults = languages.Where(l => l.IsDefault).ToList();
        if (languages.Count > 0 && defaults.Count == 0)
        {
            sink.Add(null, null, "No language is marked IsDefault; exactly one must be.");
        }

        foreach (var extra in defaults.Skip(1))
        {
            sink.Add(extra, SchemaErrorSink.LanguageItem(extra.IsoCode),
                $"Only one language may be the default, but '{defaults[0].IsoCode}' is already.");
        }

        foreach (var language in defaults.Where(l => !l.IsMandatory))
        {
            sink.Add(language, SchemaErrorSink.LanguageItem(language.IsoCode),
                "The default language must be mandatory (IsMandatory True).");
        }

        foreach (var language in languages)
        {
            CheckFallback(schema, language, sink);
        }
    }

    private static void CheckFallback(ContentSchema schema, Language language, SchemaErrorSink sink)
    {
        if (language.FallbackIsoCode is not { } fallback)
        {
            return;
        }

        var item = SchemaErrorSink.LanguageItem(language.IsoCode);
        if (schema.FindLanguage(fallback) is null)
        {
            sink.Add(language, item, $"Fallback language '{fallback}' is not a declared language.");
            return;
        }

        // Umbraco refuses fallback chains that come back round, since resolving a value would never end.
        var chain = new List<string> { language.IsoCode };
        for (var current = schema.FindLanguage(fallback); current is not null;
             current = current.FallbackIsoCode is { } next ? schema.FindLanguage(next) : null)
        {
            chain.Add(current.IsoCode);
            if (string.Equals(current.IsoCode, language.IsoCode, StringComparison.OrdinalIgnoreCase))
            {
                sink.Add(language, item, $"Language fallback loops: {string.Join(" → ", chain)}.");
                return;
            }

            if (chain.Count > schema.Languages.Count + 1)
            {
                return; // a loop further down the chain, reported on its own members
            }
        }
    }
}
