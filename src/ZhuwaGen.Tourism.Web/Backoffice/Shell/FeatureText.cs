using System.Resources;

namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>
/// The strings of one back-office feature, from its own <c>…Strings.resx</c> (zh-Hans, neutral) and <c>en</c>
/// satellite, in the shell's language. Each feature keeps its strings in its folder; a missing key shows as itself.
/// </summary>
public abstract class FeatureText(BackofficeText shell, ResourceManager resources)
{
    public BackofficeText Shell { get; } = shell;

    public string this[string key] => resources.GetString(key, Shell.Culture) ?? key;

    public string Format(string key, params object?[] values) => string.Format(Shell.Culture, this[key], values);
}
