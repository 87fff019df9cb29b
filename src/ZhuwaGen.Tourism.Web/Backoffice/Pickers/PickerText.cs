using System.Resources;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// The interface strings of the pickers, block list and Markdown preview, from <c>PickerStrings.resx</c> (zh-Hans) and
/// its <c>en</c> satellite, in the language of the shell's <see cref="BackofficeText"/>. Kept apart from the shell's
/// strings so this feature is one folder.
/// </summary>
public sealed class PickerText(BackofficeText shell) : FeatureText(shell, Resources)
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Pickers.PickerStrings", typeof(PickerText).Assembly);

    public static PickerText Of(BackofficeText shell) => new(shell);
}
