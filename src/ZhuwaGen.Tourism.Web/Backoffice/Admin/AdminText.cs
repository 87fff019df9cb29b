using System.Resources;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin;

/// <summary>
/// The strings of the administration screens and two-factor sign-in, from <c>AdminStrings.resx</c> (zh-Hans) and its
/// <c>en</c> satellite, in the shell's language. Kept apart from the shell's strings so this feature is one folder.
/// </summary>
public sealed class AdminText(BackofficeText shell) : FeatureText(shell, Resources)
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Admin.AdminStrings", typeof(AdminText).Assembly);
}
