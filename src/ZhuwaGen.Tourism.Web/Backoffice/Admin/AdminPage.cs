using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin;

/// <summary>An administration screen: the shell's page plus the admin strings and a one-line outcome of the last action.</summary>
public abstract class AdminPage : ShellPage
{
    public AdminText Admin => new(Text);

    /// <summary>What the last action did ("Saved at 14:05"), shown once after the redirect.</summary>
    public string? Notice { get; init; }

    /// <summary>Why the last action was refused, shown at the top of the form.</summary>
    public string? Error { get; init; }
}
