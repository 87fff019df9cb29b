using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Html;

namespace ZhuwaGen.Tourism.Web.Site.Text;

/// <summary>
/// The interface strings of the site in one culture, read from <c>SiteStrings.resx</c> (zh-Hans, the neutral
/// resources) and its <c>en</c> and <c>bo</c> satellites. A key missing in a satellite falls back to Chinese, as
/// content does; a key missing everywhere shows as itself so a page never fails on a string.
/// </summary>
public sealed class SiteText
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Site.Text.SiteStrings", typeof(SiteText).Assembly);

    public SiteText(string culture)
    {
        Culture = culture;
        UiCulture = CultureFor(culture);
    }

    /// <summary>The site culture (zh-Hans, en, bo).</summary>
    public string Culture { get; }

    /// <summary>The .NET culture used for resources, dates and numbers.</summary>
    public CultureInfo UiCulture { get; }

    public string this[string key] => Resources.GetString(key, UiCulture) ?? key;

    public string Format(string key, params object?[] values) => string.Format(UiCulture, this[key], values);

    /// <summary>A string for a content value such as an activity tag ("Activity_food-shopping"), or the value itself.</summary>
    public string Named(string prefix, string value) => Resources.GetString(prefix + "_" + value, UiCulture) ?? value;

    public string Date(DateTime wallClock) => wallClock.ToString(this["DateFormat"], UiCulture);

    public string DateTime(DateTime wallClock) => wallClock.ToString(this["DateFormat"] + " HH:mm", UiCulture);

    public string Number(decimal value) => value.ToString("0.##", UiCulture);

    public IHtmlContent Html(string key) => new HtmlString(System.Net.WebUtility.HtmlEncode(this[key]));

    private static CultureInfo CultureFor(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
