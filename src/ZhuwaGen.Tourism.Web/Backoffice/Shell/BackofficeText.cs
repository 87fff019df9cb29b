using System.Globalization;
using System.Resources;

namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>
/// The back-office's interface strings in one language, from <c>BackofficeStrings.resx</c> (zh-Hans, neutral) and
/// its <c>en</c> satellite. A missing key shows as itself, so a screen never fails on a string.
/// </summary>
public sealed class BackofficeText
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Shell.BackofficeStrings", typeof(BackofficeText).Assembly);

    public BackofficeText(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    /// <summary>zh-Hans or en.</summary>
    public string Language { get; }

    public CultureInfo Culture { get; }

    public string this[string key] => Resources.GetString(key, Culture) ?? key;

    public string Format(string key, params object?[] values) => string.Format(Culture, this[key], values);

    /// <summary>A translation of a name from umbraco.config (a property, type or tab), or the name itself (English).</summary>
    public string Named(string prefix, string alias, string fallback)
    {
        // Only the interface language's own strings: English must not fall back to the Chinese translations, because
        // its fallback is the name in umbraco.config.
        var set = Resources.GetResourceSet(Language == UiLanguage.English ? Culture : CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set?.GetString(prefix + "_" + alias) ?? fallback;
    }

    public string Time(DateTime wallClock) => wallClock.ToString("HH:mm", Culture);

    public string DateTime(DateTime wallClock) => wallClock.ToString(this["DateTimeFormat"], Culture);
}
