using System.Resources;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// The bookings inbox's own strings (<c>InboxStrings.resx</c>, zh-Hans, and its <c>en</c> satellite) in the shell's
/// language; the inbox's older strings are still in the shell's file.
/// </summary>
public sealed class InboxText(BackofficeText shell) : FeatureText(shell, Resources)
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Bookings.InboxStrings", typeof(InboxText).Assembly);

    public static InboxText Of(BackofficeText shell) => new(shell);
}
